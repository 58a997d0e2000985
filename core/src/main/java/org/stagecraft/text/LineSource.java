package org.stagecraft.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
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
    int bits = 0; // every byte of the line or'ed: below 0x80 when it is all ASCII
    wide = false; // and those skipped eight at a time
    while (true) {
      if (position == filled && !refill()) {
        eof = true;
        if (length == 0) {
          return null; // nothing after the last line break
        }
        break;
      }
      // Copy the run of bytes up to a line break or a NUL, the buffer's end, in one go.
      int from = position;
      int at = skipPlain(from);
      while (at < filled && buffer[at] != '\n' && buffer[at] != 0) {
        bits |= buffer[at];
        at++;
      }
      int run = at - from;
      if (length + run > line.length) {
        line = Arrays.copyOf(line, Math.max(line.length * 2, length + run));
      }
      System.arraycopy(buffer, from, line, length, run);
      length += run;
      lineLength = length;
      consumed += run;
      position = at;
      if (at == filled) {
        continue;
      }
      position++;
      consumed++;
      if (buffer[at] == '\n') {
        break;
      }
      throw new TranscriptParseException(source, lineNumber + 1, column(length), consumed - 1,
          "binary input: a NUL byte; expected UTF-8 text");
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
    if ((bits & 0x80) == 0 && !wide) {
      // ASCII is the same in UTF-8 and Latin-1, and cannot be malformed
      return new String(line, offset, length - offset, StandardCharsets.ISO_8859_1);
    }
    return decode(offset, length);
  }

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long LINE_FEEDS = ONES * '\n';

  /** Whether the line read so far had a byte past ASCII in the runs {@link #skipPlain} skipped. */
  private boolean wide;

  /**
   * Where the bytes from {@code from} stop being eight at a time free of line breaks and NULs:
   * the scan then goes on byte by byte from there. Eight bytes are read as one long and tested at
   * once (a zero byte, or one equal to a line feed, sets a high bit of the test), so a long line
   * costs a test per eight bytes; {@link #wide} notes a byte past ASCII among those skipped.
   */
  private int skipPlain(int from) {
    int at = from;
    long all = 0;
    while (at + Long.BYTES <= filled) {
      long eight = (long) LONGS.get(buffer, at);
      long breaks = eight ^ LINE_FEEDS;
      if (((((eight - ONES) & ~eight) | ((breaks - ONES) & ~breaks)) & HIGHS) != 0) {
        break;
      }
      all |= eight;
      at += Long.BYTES;
    }
    wide |= (all & HIGHS) != 0;
    return at;
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

  /**
   * Refills the empty buffer; false at the end of the input.
   *
   * @throws TranscriptParseException if there is more input than the size limit
   */
  private boolean refill() {
    if (consumed >= maxBytes) {
      int probe = fill(1);
      if (probe > 0) {
        throw new TranscriptParseException(source, lineNumber + 1, column(lineLength), maxBytes,
            "input is larger than the limit of " + maxBytes + " bytes; raise the limit with "
                + "TranscriptReader.maxBytes if the input is genuine");
      }
      return false;
    }
    return fill((int) Math.min(BUFFER, maxBytes - consumed)) > 0;
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
