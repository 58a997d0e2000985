package org.stagecraft.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The default Stagecraft topology (RocksDB stores) running as a Kafka Streams application on an
 * {@link EmbeddedBroker}: one stream thread, exactly-once, a short commit interval, and a {@link
 * RestoreCounter} on its stores. {@link #close()} closes it cleanly, leaving its local state in
 * place, and leaves the consumer group so that the next instance is assigned the tasks at once
 * rather than after the session timeout. Not thread-safe.
 */
final class StreamsApp implements AutoCloseable {
  static final String ID = "stagecraft-restart";
  private static final Duration LIMIT = Duration.ofMinutes(2);

  private final KafkaStreams streams;
  private final RestoreCounter restores = new RestoreCounter();
  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  private StreamsApp(KafkaStreams streams) {
    this.streams = streams;
  }

  /** Starts the application with its state in {@code stateDir}. */
  static StreamsApp start(EmbeddedBroker broker, Path stateDir) {
    Properties config = new Properties();
    config.put(StreamsConfig.APPLICATION_ID_CONFIG, ID);
    config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    config.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1);
    config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    config.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
    config.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
    config.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
    StreamsApp app = new StreamsApp(
        new KafkaStreams(StagecraftTopology.builder().build(), config));
    app.streams.setGlobalStateRestoreListener(app.restores);
    app.streams.setUncaughtExceptionHandler(e -> {
      app.failure.compareAndSet(null, e);
      return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    });
    app.streams.start();
    return app;
  }

  /** What this instance restored into its stores since it started. */
  RestoreCounter restores() {
    return restores;
  }

  /** Waits until the application runs: its tasks are assigned and their stores restored. */
  void awaitRunning() {
    await("application " + ID + " running").atMost(LIMIT).pollInterval(Duration.ofMillis(50))
        .until(() -> healthy() == KafkaStreams.State.RUNNING);
  }

  /**
   * Waits until the application has committed every record of {@code topic} as processed (under
   * exactly-once, together with its outputs and store changes).
   */
  void awaitCommitted(Admin admin, String topic) throws Exception {
    // A partition that never held a record has no committed offset.
    Map<TopicPartition, Long> ends = endOffsets(admin, topic).entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    await("application " + ID + " to commit every record of " + topic).atMost(LIMIT)
        .pollInterval(Duration.ofMillis(100))
        .untilAsserted(() -> {
          healthy();
          assertThat(committed(admin, topic)).as("committed offsets").isEqualTo(ends);
        });
  }

  private KafkaStreams.State healthy() {
    Throwable failed = failure.get();
    if (failed != null) {
      throw new IllegalStateException("application " + ID + " failed", failed);
    }
    KafkaStreams.State state = streams.state();
    if (state == KafkaStreams.State.ERROR || state == KafkaStreams.State.NOT_RUNNING) {
      throw new IllegalStateException("application " + ID + " stopped: " + state);
    }
    return state;
  }

  private static Map<TopicPartition, Long> endOffsets(Admin admin, String topic)
      throws Exception {
    List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames()
        .get(1, TimeUnit.MINUTES).get(topic).partitions().stream()
        .map(p -> new TopicPartition(topic, p.partition()))
        .collect(Collectors.toList());
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    partitions.forEach(p -> latest.put(p, OffsetSpec.latest()));
    return admin.listOffsets(latest).all().get(1, TimeUnit.MINUTES).entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
  }

  private static Map<TopicPartition, Long> committed(Admin admin, String topic)
      throws Exception {
    Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(ID)
        .partitionsToOffsetAndMetadata().get(1, TimeUnit.MINUTES);
    return offsets.entrySet().stream()
        .filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
  }

  /** Every entry of the store {@code name}, read through interactive queries. */
  Map<String, byte[]> store(String name) {
    ReadOnlyKeyValueStore<String, byte[]> store = streams.store(
        StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.keyValueStore()));
    Map<String, byte[]> entries = new HashMap<>();
    try (KeyValueIterator<String, byte[]> all = store.all()) {
      all.forEachRemaining(kv -> entries.put(kv.key, kv.value));
    }
    return entries;
  }

  @Override
  public void close() {
    boolean closed = streams.close(CloseOptions
        .groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
        .withTimeout(LIMIT));
    if (!closed) {
      throw new IllegalStateException("application " + ID + " did not close within " + LIMIT);
    }
  }
}
