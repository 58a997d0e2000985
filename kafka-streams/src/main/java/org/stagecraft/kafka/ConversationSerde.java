package org.stagecraft.kafka;

import static com.google.common.base.Preconditions.checkNotNull;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.jspecify.annotations.Nullable;
import org.stagecraft.Conversation;
import org.stagecraft.Playbook;
import org.stagecraft.Snapshot;
import org.stagecraft.SnapshotException;

/**
 * A Kafka serde for conversations in the core's versioned {@link Snapshot} format: compact, with a
 * checksum, and never holding utterance text. For hosts that keep conversations in their own
 * stores or topics; the Stagecraft processor writes the same bytes to its store.
 *
 * <p>Immutable and thread-safe. The deserializer throws a {@link SerializationException} whose
 * cause is the core's {@link SnapshotException} (truncated, corrupted, another format version or
 * another playbook); a null value reads as null.
 */
public final class ConversationSerde implements Serde<Conversation> {
  private final Playbook playbook;

  /**
   * A serde for conversations of {@code playbook}.
   *
   * @throws NullPointerException if {@code playbook} is null
   */
  public ConversationSerde(Playbook playbook) {
    this.playbook = checkNotNull(playbook, "playbook");
  }

  @Override
  public Serializer<Conversation> serializer() {
    return (topic, conversation) -> conversation == null ? null : Snapshot.encode(conversation);
  }

  @Override
  public Deserializer<Conversation> deserializer() {
    return this::read;
  }

  private @Nullable Conversation read(String topic, byte @Nullable [] bytes) {
    if (bytes == null) {
      return null;
    }
    try {
      return Snapshot.decode(playbook, bytes);
    } catch (SnapshotException e) {
      throw new SerializationException("bad conversation snapshot in topic " + topic + ": "
          + e.getMessage(), e);
    }
  }
}
