package org.stagecraft.benchmarks.kafka;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;
import org.stagecraft.benchmarks.kafka.StreamsRun.Result;
import org.stagecraft.kafka.EmbeddedBroker;

/**
 * Stagecraft's overhead over the pass-through topology in a real deployment's shape: a {@code
 * KafkaStreams} application with one stream thread and RocksDB stores, against a broker ({@link
 * EmbeddedBroker}, in this process). The trial produces the scripted calls ({@link
 * InterleavedCalls}, {@code rounds} rounds under new ids) once to a one-partition topic; each
 * iteration then runs a fresh pass-through application and a fresh Stagecraft application over
 * the whole topic, one after the other (which goes first alternates), and charges each the CPU
 * time its stream thread spent from its first record's arrival to its last record's processing,
 * so joining the group, creating topics and opening RocksDB are left out ({@link StreamsRun}).
 * Printed per iteration and as medians at the end: the stream thread's CPU time per record and
 * the overhead, the same for all the application's JVM threads and for the whole process (broker
 * included), and the wall time and records per second of each. The JMH score, the time of one
 * iteration with both startups, is not the result.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar KafkaBrokerOverheadBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 7)
@Fork(1)
public class KafkaBrokerOverheadBenchmark {
  private static final String EVENTS = "events";

  /** The Stagecraft topology compared with the pass-through (see {@link Topologies}). */
  @Param({"stagecraft-default", "stagecraft-stage-change-scorecards", "stagecraft-no-scorecards"})
  public String topology;

  /** Kafka Streams' processing guarantee, for both applications. */
  @Param({"at_least_once", "exactly_once_v2"})
  public String guarantee;

  /** Calls interleaved on the partition. */
  @Param({"500"})
  public int calls;

  /** How often the calls are sent, under new ids each time. */
  @Param({"5"})
  public int rounds;

  private EmbeddedBroker broker;
  private Admin admin;
  private Path stateDir;
  private long records;
  private int runs;
  private boolean measuring;
  private final Map<String, List<Double>> overheads = Map.of("stream thread", new ArrayList<>(),
      "app threads", new ArrayList<>(), "process", new ArrayList<>());
  private final List<Double> baselineStreamCpu = new ArrayList<>();
  private final List<Double> stagecraftStreamCpu = new ArrayList<>();

  /** Starts the broker and produces the records once. */
  @Setup(Level.Trial)
  public void start() throws Exception {
    Topologies.stagecraft(topology); // fails at once on an unknown name
    broker = EmbeddedBroker.start();
    admin = broker.admin();
    stateDir = Files.createTempDirectory("stagecraft-streams");
    admin.createTopics(List.of(new NewTopic(EVENTS, 1, (short) 1))).all()
        .get(1, TimeUnit.MINUTES);
    records = produce();
  }

  private long produce() {
    InterleavedCalls feed = new InterleavedCalls(calls);
    // One request in flight: with more, a first batch refused while the new partition's leader
    // starts can be overtaken by the next, and its retry is refused as out of sequence (lost).
    Map<String, Object> config = Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
        ProducerConfig.LINGER_MS_CONFIG, 20,
        ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
    AtomicReference<Exception> failed = new AtomicReference<>();
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config,
        new StringSerializer(), new ByteArraySerializer())) {
      for (int round = 0; round < rounds; round++) {
        for (int i = 0; i < feed.size(); i++) {
          producer.send(new ProducerRecord<>(EVENTS,
              InterleavedCalls.key(feed.callOf(i), round), feed.value(i)),
              (metadata, e) -> failed.compareAndSet(null, e));
        }
      }
      producer.flush();
    }
    if (failed.get() != null) {
      throw new IllegalStateException("a record was not written to " + EVENTS, failed.get());
    }
    return (long) feed.size() * rounds;
  }

  /** Notes whether this iteration is measured. */
  @Setup(Level.Iteration)
  public void iteration(IterationParams iteration) {
    measuring = iteration.getType() == IterationType.MEASUREMENT;
  }

  /** One application of each topology over the whole topic; which goes first alternates. */
  @Benchmark
  public void pair() throws Exception {
    boolean baselineFirst = runs % 2 == 0;
    Result first = run(baselineFirst ? Topologies.PASS_THROUGH : topology);
    Result second = run(baselineFirst ? topology : Topologies.PASS_THROUGH);
    runs++;
    report(baselineFirst ? first : second, baselineFirst ? second : first);
  }

  private Result run(String which) throws Exception {
    String appId = String.format(Locale.ROOT, "run%03d-%s", runs, which);
    return StreamsRun.run(broker, admin, stateDir, appId, which, guarantee, EVENTS, records);
  }

  private void report(Result baseline, Result stagecraft) {
    double stream = ratio(stagecraft.streamCpu(), baseline.streamCpu());
    double app = ratio(stagecraft.appCpu(), baseline.appCpu());
    double process = ratio(stagecraft.processCpu(), baseline.processCpu());
    System.out.printf(Locale.ROOT, "%n");
    print(Topologies.PASS_THROUGH, baseline);
    print(topology, stagecraft);
    System.out.printf(Locale.ROOT, "  overhead: stream thread %+.1f%%, app threads %+.1f%%, "
        + "process %+.1f%%%n", stream * 100, app * 100, process * 100);
    if (measuring) {
      overheads.get("stream thread").add(stream);
      overheads.get("app threads").add(app);
      overheads.get("process").add(process);
      baselineStreamCpu.add(baseline.perRecordMicros(baseline.streamCpu()));
      stagecraftStreamCpu.add(stagecraft.perRecordMicros(stagecraft.streamCpu()));
    }
  }

  private static double ratio(long stagecraft, long baseline) {
    return (double) stagecraft / baseline - 1;
  }

  private static void print(String name, Result r) {
    System.out.printf(Locale.ROOT, "  %-24s cpu us/record: stream thread %.2f, app threads %.2f, "
        + "process %.2f; %.0f records/s over %.2f s (%.2f s from start; startup %.0f ms of "
        + "stream-thread cpu left out); %.2f records sent per input%n", name,
        r.perRecordMicros(r.streamCpu()), r.perRecordMicros(r.appCpu()),
        r.perRecordMicros(r.processCpu()), r.recordsPerSecond(), r.processingWall() / 1e9,
        r.totalWall() / 1e9, r.startupStreamCpu() / 1e6, (double) r.sent() / r.records());
  }

  /** Prints the medians of the measured iterations, stops the broker and deletes all data. */
  @TearDown(Level.Trial)
  public void stop() throws Exception {
    if (!baselineStreamCpu.isEmpty()) {
      System.out.printf(Locale.ROOT, "%n  stream thread cpu median: pass-through %.2f vs %s %.2f "
          + "us/record (%s, %d records, %d iterations)%n", CpuClock.median(baselineStreamCpu),
          topology, CpuClock.median(stagecraftStreamCpu), guarantee, records,
          baselineStreamCpu.size());
      for (String measure : List.of("stream thread", "app threads", "process")) {
        System.out.printf(Locale.ROOT, "  overhead median %s %+.1f%%%n", measure,
            CpuClock.median(overheads.get(measure)) * 100);
      }
    }
    try {
      if (admin != null) {
        admin.close();
      }
      if (broker != null) {
        broker.close();
      }
    } finally {
      if (stateDir != null) {
        Utils.delete(stateDir.toFile());
      }
    }
  }
}
