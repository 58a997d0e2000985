package org.stagecraft;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;

/**
 * A conversation paired with its {@linkplain Snapshot snapshot}, for hosts that store a
 * conversation again after every event (a stream processor's state store, a cache). {@link
 * #extendTo} encodes a later conversation of the same line by copying the bytes already written
 * and encoding only the events added; the new array is still allocated whole and checksummed
 * whole, so what it saves is the per-event encoding of the earlier record.
 *
 * <p>The pairing cannot go wrong: instances come only from {@link #of}, {@link #decode} and
 * {@link #extendTo}, and the bytes are copied in and out. Immutable and thread-safe.
 */
public final class EncodedConversation {
  private final Conversation conversation;
  private final byte[] snapshot;

  private EncodedConversation(Conversation conversation, byte[] snapshot) {
    this.conversation = conversation;
    this.snapshot = snapshot;
  }

  /**
   * {@code conversation} with its snapshot.
   *
   * @throws NullPointerException if {@code conversation} is null
   */
  public static EncodedConversation of(Conversation conversation) {
    return new EncodedConversation(conversation, Snapshot.encode(conversation));
  }

  /**
   * The conversation {@code snapshot} holds, restored under {@code playbook}.
   *
   * @throws NullPointerException if an argument is null
   * @throws SnapshotException as {@link Snapshot#decode} does
   */
  public static EncodedConversation decode(Playbook playbook, byte[] snapshot) {
    Conversation conversation = Snapshot.decode(playbook, snapshot);
    return new EncodedConversation(conversation, snapshot.clone());
  }

  /**
   * {@code later} with its snapshot, equal to {@code Snapshot.encode(later)}. When {@code later}
   * was reached from this conversation by advancing it (directly or through a {@link
   * ConversationBuilder}), only the events added are encoded; any other conversation of the same
   * playbook is encoded whole.
   *
   * @throws NullPointerException if {@code later} is null
   */
  public EncodedConversation extendTo(Conversation later) {
    checkNotNull(later, "later");
    return new EncodedConversation(later, Snapshot.encodeAfter(conversation, snapshot, later));
  }

  /** The conversation. */
  public Conversation conversation() {
    return conversation;
  }

  /** A copy of the snapshot bytes. */
  public byte[] snapshot() {
    return snapshot.clone();
  }

  /** Whether {@code bytes} are this conversation's snapshot, byte for byte. */
  public boolean hasSnapshot(byte[] bytes) {
    return Arrays.equals(snapshot, checkNotNull(bytes, "bytes"));
  }

  @Override
  public String toString() {
    return "EncodedConversation[events=" + conversation.eventCount() + ", bytes="
        + snapshot.length + "]";
  }
}
