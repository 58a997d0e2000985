package org.stagecraft.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads every committed record of a topic from its start, as a {@code read_committed} consumer
 * of an exactly-once application's outputs does: records of aborted transactions are left out.
 */
final class CommittedRecords {
  private static final Duration LIMIT = Duration.ofMinutes(1);

  private CommittedRecords() {}

  /**
   * The topic's committed records, in order within each partition.
   *
   * @throws IllegalStateException if they cannot be read within a minute
   */
  static List<ConsumerRecord<String, byte[]>> of(EmbeddedBroker broker, String topic) {
    try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString()),
        new StringDeserializer(), new ByteArrayDeserializer())) {
      Set<TopicPartition> partitions = consumer.partitionsFor(topic, LIMIT).stream()
          .map(p -> new TopicPartition(topic, p.partition()))
          .collect(Collectors.toSet());
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      // Under read_committed the end offsets are the last stable offsets.
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, LIMIT);
      List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
      long deadline = System.nanoTime() + LIMIT.toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p, LIMIT) < ends.get(p))) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("read " + records.size() + " records of " + topic
              + " in " + LIMIT + ", short of its end offsets " + ends);
        }
        consumer.poll(Duration.ofMillis(100)).forEach(records::add);
      }
      return records;
    }
  }
}
