package org.stagecraft.kafka;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.jspecify.annotations.Nullable;

/**
 * A Kafka serde for {@link EventRecord}s in the {@link EventJson} form, for hosts that produce
 * events or read them in their own topology. The Stagecraft processor itself reads raw bytes, so
 * that a bad record reaches the dead-letter topic with its reason instead of failing in the source.
 *
 * <p>Stateless and thread-safe. The deserializer throws a {@link SerializationException} whose
 * cause is a {@link BadRecordException} naming the problem; a null value (a tombstone) reads as
 * null.
 */
public final class EventSerde implements Serde<EventRecord> {

  /** Creates the serde. */
  public EventSerde() {}

  @Override
  public Serializer<EventRecord> serializer() {
    return (topic, record) -> record == null ? null : EventJson.write(record);
  }

  @Override
  public Deserializer<EventRecord> deserializer() {
    return EventSerde::read;
  }

  private static @Nullable EventRecord read(String topic, byte @Nullable [] bytes) {
    if (bytes == null) {
      return null;
    }
    try {
      return EventJson.read(bytes);
    } catch (BadRecordException e) {
      throw new SerializationException("bad event record in topic " + topic + ": "
          + e.getMessage(), e);
    }
  }
}
