package org.stagecraft.kafka;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.processor.StateRestoreListener;

/**
 * Counts the changelog records Kafka Streams writes back into each store while restoring it.
 * Thread-safe: Kafka Streams calls it from its restoring threads while a test reads it.
 */
final class RestoreCounter implements StateRestoreListener {
  private final Map<String, Long> restored = new ConcurrentHashMap<>();

  @Override
  public void onRestoreStart(TopicPartition partition, String store, long startingOffset,
      long endingOffset) {
    restored.putIfAbsent(store, 0L);
  }

  @Override
  public void onBatchRestored(TopicPartition partition, String store, long batchEndOffset,
      long numRestored) {
    restored.merge(store, numRestored, Long::sum);
  }

  @Override
  public void onRestoreEnd(TopicPartition partition, String store, long totalRestored) {}

  /** Records restored so far, by store name; a store that needed no restore is absent. */
  Map<String, Long> restored() {
    return new TreeMap<>(restored);
  }

  /** Records restored so far into {@code store}. */
  long restored(String store) {
    return restored.getOrDefault(store, 0L);
  }
}
