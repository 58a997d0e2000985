package org.stagecraft.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads an input stream as strict UTF-8 lines, one pass, in time linear in its size: refuses a
 * NUL byte (binary input) and malformed UTF-8 with the byte's offset, and reads no further than
 * the size limit. A leading byte-order mark is skipped; lines end with LF or CRLF.
 *
 * <p>Not thread-safe; one reader per input.
 */
final class LineSource {
  private static final int BUFFER = 64 * 1024;

  private final String source;
  private final InputStream in;
  private final long maxBytes;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final byte[] buffer = new byte[BUFFER];
  private int filled;
  private int position;
  private long consumed;
  private byte[] line = new byte[256];
  private int lineNumber;
  /** Bytes read of the line being read, for error columns. */
  private int lineLength;
  private long lineStart;
  private boolean eof;

  LineSource(String source, InputStream in, long maxBytes) {
    this.source = source;
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** The next line without its terminator, or null at the end of the input. */
  @Nullable String next() {
    if (eof) {
      return null;
    }
    lineStart = consumed;
    int length = 0;
    lineLength = 0;
    while (true) {
      int b = read();
      if (b < 0) {
        eof = true;
        if (length == 0) {
          return null; // nothing after the last line break
        }
        break;
      }
      if (b == '\n') {
        break;
      }
      if (b == 0) {
        throw new TranscriptParseException(source, lineNumber + 1, column(length), consumed - 1,
            "binary input: a NUL byte; expected UTF-8 text");
      }
      if (length == line.length) {
        line = Arrays.copyOf(line, length * 2);
      }
      line[length++] = (byte) b;
      lineLength = length;
    }
    lineNumber++;
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    int offset = 0;
    if (lineNumber == 1 && length >= 3 && (line[0] & 0xff) == 0xEF && (line[1] & 0xff) == 0xBB
        && (line[2] & 0xff) == 0xBF) {
      offset = 3; // byte-order mark
    }
    return decode(offset, length);
  }

  /** The 1-based character column after {@code length} bytes of the current line. */
  private int column(int length) {
    int from = lineNumber == 0 && length >= 3 && (line[0] & 0xff) == 0xEF
        && (line[1] & 0xff) == 0xBB && (line[2] & 0xff) == 0xBF ? 3 : 0;
    return new String(line, from, Math.max(0, length - from), StandardCharsets.UTF_8).length()
        + 1;
  }

  private String decode(int from, int to) {
    ByteBuffer bytes = ByteBuffer.wrap(line, from, to - from);
    CharBuffer chars = CharBuffer.allocate(to - from);
    decoder.reset();
    CoderResult result = decoder.decode(bytes, chars, true);
    if (result.isError()) {
      int bad = bytes.position();
      throw new TranscriptParseException(source, lineNumber, chars.position() + 1,
          lineStart + bad, "not UTF-8: malformed byte 0x"
              + Integer.toHexString(line[bad] & 0xff) + "; expected UTF-8 text");
    }
    decoder.flush(chars);
    chars.flip();
    return chars.toString();
  }

  private int read() {
    if (position == filled) {
      if (consumed >= maxBytes) {
        int probe = fill(1);
        if (probe > 0) {
          throw new TranscriptParseException(source, lineNumber + 1, column(lineLength), maxBytes,
              "input is larger than the limit of " + maxBytes + " bytes; raise the limit with "
                  + "TranscriptReader.maxBytes if the input is genuine");
        }
        return -1;
      }
      if (fill((int) Math.min(BUFFER, maxBytes - consumed)) <= 0) {
        return -1;
      }
    }
    consumed++;
    return buffer[position++] & 0xff;
  }

  private int fill(int max) {
    try {
      int n = in.read(buffer, 0, max);
      position = 0;
      filled = Math.max(n, 0);
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + source, e);
    }
  }

  int lineNumber() {
    return lineNumber;
  }

  private final List<String> warnings = new ArrayList<>();

  /** Records a problem that does not stop reading. */
  void warn(int line, String message) {
    warnings.add("line " + line + ": " + message);
  }

  List<String> warnings() {
    return warnings;
  }

  String source() {
    return source;
  }

  TranscriptParseException error(int column, String message) {
    return new TranscriptParseException(source, Math.max(1, lineNumber), column, -1, message);
  }
}
