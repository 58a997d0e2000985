package org.stagecraft.benchmarks.kafka;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.apache.kafka.streams.state.Stores;
import org.stagecraft.kafka.EmbeddedBroker;

/**
 * One run of a fresh Kafka Streams application over the whole events topic of an {@link
 * EmbeddedBroker}: a new application id (so it reads the topic from the start, with new
 * changelog and output topics), one stream thread, RocksDB stores, and the processing guarantee
 * given. It returns once the stream thread has processed every record, with the CPU time spent
 * from the first record's arrival ({@link FirstRecordMark}) to then; afterwards the application
 * is closed and its local state, changelogs and output topics are deleted. Not thread-safe.
 */
final class StreamsRun {
  private static final Duration LIMIT = Duration.ofMinutes(10);

  /**
   * What one run cost, from the first record's arrival to the last record's processing.
   *
   * @param records input records processed
   * @param startupStreamCpu stream-thread CPU nanoseconds before the first record (left out)
   * @param streamCpu stream-thread CPU nanoseconds
   * @param appCpu CPU nanoseconds of all the application's JVM threads ({@link AppCpu})
   * @param processCpu CPU nanoseconds of the whole process, broker included
   * @param processingWall wall nanoseconds from the first record to the last
   * @param totalWall wall nanoseconds from start to the last record
   * @param sent records the application had sent by then, changelogs included
   */
  record Result(long records, long startupStreamCpu, long streamCpu, long appCpu,
      long processCpu, long processingWall, long totalWall, long sent) {
    double perRecordMicros(long nanos) {
      return nanos / 1e3 / records;
    }

    double recordsPerSecond() {
      return records * 1e9 / processingWall;
    }
  }

  private StreamsRun() {}

  /**
   * Runs {@code topology} (the pass-through or a Stagecraft variant, see {@link Topologies}) as
   * application {@code appId} until it has processed {@code expected} records of {@code events}.
   *
   * @throws IllegalStateException if the application fails, processes more records than
   *     expected, or does not finish within ten minutes
   * @throws Exception if the broker refuses a topic operation
   */
  static Result run(EmbeddedBroker broker, Admin admin, Path stateDir, String appId,
      String topology, String guarantee, String events, long expected) throws Exception {
    Topology built = build(topology, appId, events);
    createOutputs(admin, built, events);
    KafkaStreams streams = new KafkaStreams(built, config(broker, stateDir, appId, guarantee));
    AtomicReference<Throwable> failure = new AtomicReference<>();
    streams.setUncaughtExceptionHandler(e -> {
      failure.compareAndSet(null, e);
      return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    });
    try {
      long start = System.nanoTime();
      streams.start();
      Metric processed = processTotal(streams, appId, failure);
      AppCpu end = awaitProcessed(streams, processed, appId, expected, start, failure);
      AppCpu first = FirstRecordMark.take(appId);
      if (first == null) {
        throw new IllegalStateException(appId + " processed " + expected
            + " records, but its first records were never marked: is FirstRecordMark configured?");
      }
      long sent = sent(streams);
      streams.close(Duration.ofMinutes(1));
      checkNoDeadLetters(admin, appId, topology);
      return new Result(expected, first.streamThread(), end.streamThread() - first.streamThread(),
          end.appThreadsSince(first), end.process() - first.process(), end.wall() - first.wall(),
          end.wall() - start, sent);
    } finally {
      streams.close(Duration.ofMinutes(1));
      streams.cleanUp();
      deleteTopics(admin, appId);
    }
  }

  /** The records the application's producer has sent so far, over all topics. */
  private static long sent(KafkaStreams streams) {
    double sum = 0;
    for (Metric metric : streams.metrics().values()) {
      if (metric.metricName().name().equals("record-send-total")
          && metric.metricName().group().equals("producer-topic-metrics")) {
        sum += ((Number) metric.metricValue()).doubleValue();
      }
    }
    return (long) sum;
  }

  /**
   * Fails if a Stagecraft application refused records: the scripted records are all valid, so a
   * dead letter means the run measured something else than processing them.
   */
  private static void checkNoDeadLetters(Admin admin, String appId, String topology)
      throws Exception {
    if (topology.equals(Topologies.PASS_THROUGH)) {
      return;
    }
    TopicPartition deadLetters = new TopicPartition(appId + "-dead-letters", 0);
    long end = admin.listOffsets(Map.of(deadLetters, OffsetSpec.latest())).partitionResult(
        deadLetters).get(1, TimeUnit.MINUTES).offset();
    if (end != 0) {
      throw new IllegalStateException(appId + " wrote " + end + " dead letters; expected none");
    }
  }

  private static Topology build(String topology, String appId, String events) {
    if (topology.equals(Topologies.PASS_THROUGH)) {
      return Topologies.passThrough(events, appId + "-out",
          Stores.persistentKeyValueStore(PassThroughProcessor.STORE));
    }
    return Topologies.stagecraft(topology)
        .eventsTopic(events)
        .stageChangesTopic(appId + "-stage-changes")
        .coachingTopic(appId + "-coaching")
        .scorecardsTopic(appId + "-scorecards")
        .deadLetterTopic(appId + "-dead-letters")
        .build();
  }

  /** The sinks' topics, made beforehand: the broker does not create topics on first use. */
  private static void createOutputs(Admin admin, Topology topology, String events)
      throws Exception {
    Set<String> sinks = topology.describe().subtopologies().stream()
        .flatMap(s -> s.nodes().stream())
        .filter(n -> n instanceof TopologyDescription.Sink)
        .map(n -> ((TopologyDescription.Sink) n).topic())
        .filter(t -> !t.equals(events))
        .collect(Collectors.toSet());
    List<NewTopic> topics = sinks.stream().map(t -> new NewTopic(t, 1, (short) 1)).toList();
    admin.createTopics(topics).all().get(1, TimeUnit.MINUTES);
  }

  private static Properties config(EmbeddedBroker broker, Path stateDir, String appId,
      String guarantee) {
    Properties config = new Properties();
    config.put(StreamsConfig.APPLICATION_ID_CONFIG, appId);
    // The client id names the application's threads, which AppCpu finds by it.
    config.put(StreamsConfig.CLIENT_ID_CONFIG, appId);
    config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    config.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1);
    config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, guarantee);
    config.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
    config.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
    config.put(StreamsConfig.mainConsumerPrefix(ConsumerConfig.INTERCEPTOR_CLASSES_CONFIG),
        FirstRecordMark.class.getName());
    config.put(StreamsConfig.mainConsumerPrefix(FirstRecordMark.CLIENT_ID), appId);
    return config;
  }

  /** The stream thread's count of processed records, once the thread has registered it. */
  private static Metric processTotal(KafkaStreams streams, String appId,
      AtomicReference<Throwable> failure) throws InterruptedException {
    long deadline = System.nanoTime() + LIMIT.toNanos();
    while (true) {
      for (Metric metric : streams.metrics().values()) {
        if (metric.metricName().name().equals("process-total")
            && metric.metricName().group().equals("stream-thread-metrics")) {
          return metric;
        }
      }
      check(streams, appId, failure, deadline, "its stream thread to start");
      Thread.sleep(5);
    }
  }

  /**
   * Waits until the stream thread has processed {@code expected} records and takes the CPU time
   * then. The thread is idle in its poll from then until the next check, 2 ms at most.
   */
  private static AppCpu awaitProcessed(KafkaStreams streams, Metric processed, String appId,
      long expected, long start, AtomicReference<Throwable> failure) throws InterruptedException {
    long deadline = start + LIMIT.toNanos();
    while (true) {
      long count = (long) ((Number) processed.metricValue()).doubleValue();
      if (count >= expected) {
        AppCpu end = AppCpu.take(appId);
        if (count > expected) {
          throw new IllegalStateException(appId + " processed " + count + " records; the topic "
              + "holds " + expected);
        }
        return end;
      }
      check(streams, appId, failure, deadline, count + " of " + expected + " records");
      Thread.sleep(2);
    }
  }

  private static void check(KafkaStreams streams, String appId,
      AtomicReference<Throwable> failure, long deadline, String waitingFor) {
    Throwable failed = failure.get();
    if (failed != null) {
      throw new IllegalStateException(appId + " failed while waiting for " + waitingFor, failed);
    }
    KafkaStreams.State state = streams.state();
    if (state == KafkaStreams.State.ERROR || state == KafkaStreams.State.NOT_RUNNING) {
      throw new IllegalStateException(appId + " is " + state + " while waiting for " + waitingFor);
    }
    if (System.nanoTime() > deadline) {
      throw new IllegalStateException(appId + " timed out after " + LIMIT + " waiting for "
          + waitingFor);
    }
  }

  private static void deleteTopics(Admin admin, String appId) throws Exception {
    Set<String> own = admin.listTopics().names().get(1, TimeUnit.MINUTES).stream()
        .filter(t -> t.startsWith(appId + "-"))
        .collect(Collectors.toSet());
    admin.deleteTopics(own).all().get(1, TimeUnit.MINUTES);
  }
}
