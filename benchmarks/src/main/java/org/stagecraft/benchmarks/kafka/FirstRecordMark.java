package org.stagecraft.benchmarks.kafka;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerInterceptor;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;

/**
 * A consumer interceptor on a benchmark application's main consumer that takes the application's
 * CPU time ({@link AppCpu}) when its first records arrive, on the stream thread, before it
 * processes any. What the application did before (joining the group, creating its changelog
 * topics, opening RocksDB) is then left out of the measurement. Kafka creates it by class name,
 * so the marks live in a static map keyed by the application's client id ({@value #CLIENT_ID}
 * in its configuration). Thread-safe.
 */
public final class FirstRecordMark implements ConsumerInterceptor<byte[], byte[]> {
  /** The configuration key of the client id the mark is filed under. */
  static final String CLIENT_ID = "stagecraft.benchmark.client.id";

  private static final Map<String, AppCpu> MARKS = new ConcurrentHashMap<>();

  private @Nullable String clientId;

  /** Required by Kafka, which creates interceptors by class name. */
  public FirstRecordMark() {}

  /** The mark of {@code clientId}, removed; null if its first records have not arrived. */
  static @Nullable AppCpu take(String clientId) {
    return MARKS.remove(clientId);
  }

  /** Reads the client id; fails if it is missing. */
  @Override
  public void configure(Map<String, ?> configs) {
    Object id = configs.get(CLIENT_ID);
    if (id == null) {
      throw new IllegalArgumentException(CLIENT_ID + " is not configured; found " + configs
          .keySet());
    }
    clientId = id.toString();
  }

  /** Takes the mark when the first records arrive. */
  @Override
  public ConsumerRecords<byte[], byte[]> onConsume(ConsumerRecords<byte[], byte[]> records) {
    String id = clientId;
    if (id != null && !records.isEmpty()) {
      MARKS.computeIfAbsent(id, AppCpu::take);
    }
    return records;
  }

  /** Nothing to do. */
  @Override
  public void onCommit(Map<TopicPartition, OffsetAndMetadata> offsets) {}

  /** Nothing to do. */
  @Override
  public void close() {}
}
