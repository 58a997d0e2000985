package org.stagecraft.text;

import org.stagecraft.StagecraftException;

/**
 * Thrown when a transcript cannot be read: empty, binary or not UTF-8, too large, or not in the
 * expected form. Says where (source, line, column, and for bad bytes the byte offset) and what was
 * expected. Nothing is returned from such input.
 */
public final class TranscriptParseException extends StagecraftException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final long byteOffset;

  TranscriptParseException(String source, int line, int column, long byteOffset, String message) {
    super(source + ":" + line + ":" + column + ": " + message
        + (byteOffset >= 0 ? " (byte offset " + byteOffset + ")" : ""));
    this.source = source;
    this.line = line;
    this.column = column;
    this.byteOffset = byteOffset;
  }

  /** The name of the input, usually its file name. */
  public String source() {
    return source;
  }

  /** The 1-based line of the problem. */
  public int line() {
    return line;
  }

  /** The 1-based column of the problem, in characters. */
  public int column() {
    return column;
  }

  /** The 0-based byte offset of a bad byte, or -1 when the problem is not about bytes. */
  public long byteOffset() {
    return byteOffset;
  }
}
