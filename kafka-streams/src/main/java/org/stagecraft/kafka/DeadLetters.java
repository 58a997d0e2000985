package org.stagecraft.kafka;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.jspecify.annotations.Nullable;

/**
 * Builds the records of the dead-letter topic: the original key and value bytes, unchanged so
 * they can be fixed and replayed, with the original headers plus these:
 *
 * <ul>
 *   <li>{@value #REASON}: why the record was refused, in words (never utterance text);
 *   <li>{@value #TOPIC}, {@value #PARTITION}, {@value #OFFSET}: where it was read, when known.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class DeadLetters {
  /** The header that says why the record was refused. */
  public static final String REASON = "stagecraft.error.reason";
  /** The header with the topic the record was read from. */
  public static final String TOPIC = "stagecraft.error.topic";
  /** The header with the partition the record was read from. */
  public static final String PARTITION = "stagecraft.error.partition";
  /** The header with the offset the record was read at. */
  public static final String OFFSET = "stagecraft.error.offset";

  private DeadLetters() {}

  /** The dead letter for {@code record}, refused for {@code reason}. */
  static Record<String, byte @Nullable []> of(
      Record<String, byte @Nullable []> record, String reason, @Nullable RecordMetadata source) {
    Headers headers = new RecordHeaders(record.headers().toArray());
    headers.add(REASON, utf8(reason));
    if (source != null) {
      headers.add(TOPIC, utf8(source.topic()));
      headers.add(PARTITION, utf8(Integer.toString(source.partition())));
      headers.add(OFFSET, utf8(Long.toString(source.offset())));
    }
    return new Record<>(record.key(), record.value(), record.timestamp(), headers);
  }

  /** The reason a dead letter carries, or null when the header is missing. */
  public static @Nullable String reason(Headers headers) {
    var header = headers.lastHeader(REASON);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
