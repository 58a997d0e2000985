package org.stagecraft.kafka;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * The bytes of one output record as a generator writes them. Jackson's generator fills its own
 * recycled buffer and hands a record that fits it (8000 bytes) over in one write, which lands
 * here in an array of exactly the record's size: no second buffer and no copy at the end, as a
 * {@code ByteArrayOutputStream} would need. Not thread-safe; one per record.
 */
final class RecordBytes extends OutputStream {
  private byte[] bytes = new byte[0];

  @Override
  public void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] from, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, from.length);
    byte[] grown = Arrays.copyOf(bytes, bytes.length + length);
    System.arraycopy(from, offset, grown, bytes.length, length);
    bytes = grown;
  }

  /** What was written; the array itself, not a copy. */
  byte[] bytes() {
    return bytes;
  }
}
