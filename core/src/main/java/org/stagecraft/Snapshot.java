package org.stagecraft;

import static com.google.common.base.Preconditions.checkNotNull;

import java.nio.ByteBuffer;
import java.util.zip.CRC32C;

/**
 * A compact, versioned binary form of a conversation, for hosts that keep conversations in a
 * database, a stream-processing state store or a cache.
 *
 * <p>A snapshot holds the compact record of events (kinds, roles, signals, stages, word counts,
 * times), never utterance or evidence text. Restoring replays that record through the playbook,
 * so a restored conversation equals the original and a snapshot cannot smuggle in a state the
 * engine would not reach.
 *
 * <p>Layout, version 1: the magic bytes {@code SCSN}, a format version byte, the playbook's
 * {@linkplain Playbook#fingerprint() fingerprint} (8 bytes), the event count, then one unsigned
 * LEB128 varint per event entry (followed, for timed utterances, by the start and the length in
 * milliseconds), then the final stage id, and last a CRC-32C of all the bytes before it.
 *
 * <p>Stateless and thread-safe.
 */
public final class Snapshot {
  /** The format version this library writes; it reads this one only. */
  public static final int FORMAT_VERSION = 1;

  private static final byte[] MAGIC = {'S', 'C', 'S', 'N'};
  private static final int HEADER = MAGIC.length + 1 + Long.BYTES;
  private static final int CHECKSUM = Integer.BYTES;
  private static final byte[] NO_BYTES = new byte[0];

  private Snapshot() {}

  /**
   * Encodes {@code conversation}.
   *
   * @throws NullPointerException if {@code conversation} is null
   */
  public static byte[] encode(Conversation conversation) {
    checkNotNull(conversation, "conversation");
    return write(conversation, NO_BYTES, 0, 0, 0);
  }

  /**
   * Encodes {@code later} from the snapshot of {@code earlier}, which must be {@code
   * encode(earlier)}: when {@code later} continues {@code earlier}'s line (it shares its record
   * and is at least as long), the earlier entries are copied rather than encoded again. Otherwise
   * {@code later} is encoded whole. Either way the result equals {@code encode(later)}.
   */
  static byte[] encodeAfter(Conversation earlier, byte[] earlierBytes, Conversation later) {
    int from = earlier.eventCount();
    if (earlier.journal() != later.journal() || later.eventCount() < from) {
      return write(later, NO_BYTES, 0, 0, 0);
    }
    int entriesStart = HEADER + varintSize(from);
    int entriesEnd = earlierBytes.length - CHECKSUM - varintSize(earlier.stageIndex());
    return write(later, earlierBytes, entriesStart, entriesEnd, from);
  }

  /**
   * Writes the snapshot of {@code conversation}, taking its first {@code from} entries as the
   * bytes {@code copied[copyStart, copyEnd)} already encoded.
   */
  private static byte[] write(Conversation conversation, byte[] copied, int copyStart,
      int copyEnd, int from) {
    Journal journal = conversation.journal();
    int events = conversation.eventCount();
    // Measured first, then written by index into one exact array, rather than through a stream
    // whose every write takes a lock unless the JIT inlines it away (docs/benchmarks.md).
    int size = HEADER + varintSize(events) + (copyEnd - copyStart)
        + varintSize(conversation.stageIndex());
    for (int i = from; i < events; i++) {
      int entry = journal.entry(i);
      size += varintSize(entry);
      if (Entries.timed(entry)) {
        size += varintSize(journal.startMillis(i))
            + varintSize(journal.endMillis(i) - journal.startMillis(i));
      }
    }
    byte[] out = new byte[size + CHECKSUM];
    System.arraycopy(MAGIC, 0, out, 0, MAGIC.length);
    out[MAGIC.length] = FORMAT_VERSION;
    ByteBuffer buffer = ByteBuffer.wrap(out);
    buffer.putLong(MAGIC.length + 1, journal.playbook.fingerprint());
    int at = writeVarint(out, HEADER, events);
    System.arraycopy(copied, copyStart, out, at, copyEnd - copyStart);
    at += copyEnd - copyStart;
    for (int i = from; i < events; i++) {
      int entry = journal.entry(i);
      at = writeVarint(out, at, entry);
      if (Entries.timed(entry)) {
        at = writeVarint(out, at, journal.startMillis(i));
        at = writeVarint(out, at, journal.endMillis(i) - journal.startMillis(i));
      }
    }
    at = writeVarint(out, at, conversation.stageIndex());
    CRC32C crc = new CRC32C();
    crc.update(out, 0, at);
    buffer.putInt(at, (int) crc.getValue());
    return out;
  }

  /** The bytes {@code value} takes as an unsigned LEB128 varint. */
  private static int varintSize(int value) {
    return value == 0 ? 1 : (31 - Integer.numberOfLeadingZeros(value)) / 7 + 1;
  }

  /**
   * Restores a conversation from {@code bytes} under {@code playbook}.
   *
   * @throws NullPointerException if an argument is null
   * @throws SnapshotException if the bytes are not a version-1 snapshot of this playbook, are
   *     truncated or corrupted, or do not replay to the state they record
   */
  public static Conversation decode(Playbook playbook, byte[] bytes) {
    checkNotNull(playbook, "playbook");
    checkNotNull(bytes, "bytes");
    if (bytes.length < HEADER + CHECKSUM) {
      throw new SnapshotException("not a Stagecraft snapshot: " + bytes.length
          + " bytes is shorter than the smallest snapshot", 0);
    }
    for (int i = 0; i < MAGIC.length; i++) {
      if (bytes[i] != MAGIC[i]) {
        throw new SnapshotException("not a Stagecraft snapshot: expected the magic bytes SCSN", i);
      }
    }
    int version = bytes[MAGIC.length] & 0xff;
    if (version != FORMAT_VERSION) {
      throw new SnapshotException("snapshot format version " + version + " is not supported; "
          + "this library reads version " + FORMAT_VERSION, MAGIC.length);
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    int bodyLength = bytes.length - CHECKSUM;
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, bodyLength);
    if ((int) crc.getValue() != buffer.getInt(bodyLength)) {
      throw new SnapshotException("corrupted snapshot: the CRC-32C checksum does not match",
          bodyLength);
    }
    long fingerprint = buffer.getLong(MAGIC.length + 1);
    if (fingerprint != playbook.fingerprint()) {
      throw new SnapshotException(String.format(
          "snapshot was taken with a different playbook (fingerprint %016x); playbook '%s' has "
              + "fingerprint %016x", fingerprint, playbook.name(), playbook.fingerprint()),
          MAGIC.length + 1);
    }
    return new Reader(playbook, bytes, HEADER, bodyLength).read();
  }

  /** Writes {@code value} as an unsigned LEB128 varint at {@code at}; returns the next index. */
  private static int writeVarint(byte[] out, int at, int value) {
    int v = value;
    int i = at;
    while ((v & ~0x7f) != 0) {
      out[i++] = (byte) ((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    out[i++] = (byte) v;
    return i;
  }

  /** Reads the body, checking every value against the playbook before replaying it. */
  private static final class Reader {
    private final Playbook playbook;
    private final byte[] bytes;
    private final int end;
    private int position;

    Reader(Playbook playbook, byte[] bytes, int start, int end) {
      this.playbook = playbook;
      this.bytes = bytes;
      this.position = start;
      this.end = end;
    }

    Conversation read() {
      int events = varint("the event count");
      if (events < 0 || events > Conversation.MAX_EVENTS) {
        throw fail("event count " + Integer.toUnsignedString(events) + " is outside 0 to "
            + Conversation.MAX_EVENTS);
      }
      ConversationBuilder c = playbook.newConversation().toBuilder();
      for (int i = 0; i < events; i++) {
        int at = position;
        int entry = varint("event " + i);
        checkEntry(entry, i, at);
        int start = 0;
        int finish = 0;
        if (Entries.timed(entry)) {
          start = varint("the start of event " + i);
          int length = varint("the length of event " + i);
          if (start < 0 || length < 0 || (long) start + length > Integer.MAX_VALUE) {
            throw fail("event " + i + " has times outside 0 to " + Integer.MAX_VALUE + " ms");
          }
          finish = start + length;
        }
        c.applyEntry(entry, start, finish);
        if (Entries.rejected(c.entry(i)) != Entries.rejected(entry)) {
          throw new SnapshotException("snapshot does not replay: event " + i + " was recorded as "
              + (Entries.rejected(entry) ? "rejected" : "accepted") + " but playbook '"
              + playbook.name() + "' " + (Entries.rejected(entry) ? "accepts" : "rejects") + " it",
              at);
        }
      }
      int at = position;
      int stage = varint("the final stage");
      Conversation restored = c.build();
      if (stage != restored.stageIndex()) {
        throw new SnapshotException("snapshot does not replay: it records final stage id " + stage
            + " but the events lead to " + restored.stage(), at);
      }
      if (position != end) {
        throw fail((end - position) + " unexpected bytes after the snapshot's content");
      }
      return restored;
    }

    private void checkEntry(int entry, int index, int at) {
      int kind = Entries.kind(entry);
      int role = Entries.role(entry);
      int payload = Entries.payload(entry);
      boolean valid = switch (kind) {
        case Entries.SIGNAL -> role < 3 && payload < playbook.signals.size();
        case Entries.STAGE_REQUEST -> role == 0 && payload < playbook.stageCount();
        case Entries.TOUCH -> Entries.validTouchPayload(payload)
            && role == Entries.touchRole(payload);
        default -> role < 3;
      };
      if (!valid || (Entries.timed(entry) && kind != Entries.UTTERANCE)) {
        throw new SnapshotException("event " + index + " is not a valid entry for playbook '"
            + playbook.name() + "' (entry 0x" + Integer.toHexString(entry) + ")", at);
      }
    }

    private int varint(String what) {
      int value = 0;
      for (int shift = 0; shift < 35; shift += 7) {
        if (position >= end) {
          throw fail("truncated snapshot: it ends while reading " + what);
        }
        int b = bytes[position++] & 0xff;
        if ((shift == 28 && (b & 0xf0) != 0) || (shift > 0 && b == 0)) {
          throw fail("malformed number while reading " + what);
        }
        value |= (b & 0x7f) << shift;
        if ((b & 0x80) == 0) {
          return value;
        }
      }
      throw fail("malformed number while reading " + what);
    }

    private SnapshotException fail(String message) {
      return new SnapshotException(message, position);
    }
  }
}
