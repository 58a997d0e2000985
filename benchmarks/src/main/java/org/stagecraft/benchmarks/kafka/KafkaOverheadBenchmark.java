package org.stagecraft.benchmarks.kafka;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.Stores;
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
import org.stagecraft.kafka.ScorecardTrigger;
import org.stagecraft.kafka.StagecraftTopology;

/**
 * The cost of one record of the events topic through a TopologyTestDriver: the Stagecraft
 * topology (parse, restore or reuse the conversation, apply, snapshot into the store, write stage
 * changes, violations and scorecards) against a pass-through topology of the same shape ({@link
 * PassThroughProcessor}). The overhead is {@code stagecraft / passThrough - 1}.
 *
 * <p>{@code calls} calls of 40 turns run interleaved, as on a busy partition; when all have ended,
 * the same records come again under new conversation ids, so conversations never outgrow a call.
 * Stores are in memory in both topologies, which leaves the driver's own cost as small as it gets
 * and so makes the overhead look as large as it gets. Output records are drained between
 * iterations, outside the measurement.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar KafkaOverheadBenchmark} after {@code
 * ./mvnw -B -q package -DskipTests}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class KafkaOverheadBenchmark {
  private static final String EVENTS = "events";
  private static final int TURNS = 40;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /**
   * Which topology: the pass-through baseline; Stagecraft with every default ({@code
   * stagecraft-default}: a scorecard on each stage change; the records carry their signals, so
   * the classifier and its turn store stay idle); or Stagecraft with {@code withoutClassifier()}
   * and scorecards after every record, or never (the engine and the store alone).
   */
  @Param({"pass-through", "stagecraft-default", "stagecraft-every-record",
      "stagecraft-no-scorecards"})
  public String topology;

  /** Calls interleaved on the partition. */
  @Param({"500"})
  public int calls;

  private TopologyTestDriver driver;
  private TestInputTopic<String, byte[]> input;
  private Path stateDir;
  private byte[][] values;
  private int[] callOf;
  private String[] keys;
  private int next;
  private int round;
  private long iterationRecords;
  private long iterationCpu;

  /** Generates the calls, interleaves them, and starts the driver. */
  @Setup(Level.Trial)
  public void start() throws Exception {
    interleave(ScriptedCalls.generate(calls, TURNS));
    keys = new String[calls];
    renameCalls();
    stateDir = Files.createTempDirectory("stagecraft-bench");
    Properties config = new Properties();
    config.put(StreamsConfig.APPLICATION_ID_CONFIG, "overhead");
    config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    driver = new TopologyTestDriver(topology(), config, Instant.parse("2026-01-05T09:00:00Z"));
    input = driver.createInputTopic(EVENTS, new StringSerializer(), new ByteArraySerializer());
  }

  private Topology topology() {
    if (topology.equals("pass-through")) {
      Topology t = new Topology();
      t.addSource("source", new StringDeserializer(), new ByteArrayDeserializer(), EVENTS);
      t.addProcessor("pass", PassThroughProcessor::new, "source");
      t.addStateStore(Stores.keyValueStoreBuilder(
          Stores.inMemoryKeyValueStore(PassThroughProcessor.STORE), Serdes.String(),
          Serdes.ByteArray()), "pass");
      t.addSink("sink", "out", new StringSerializer(), new ByteArraySerializer(), "pass");
      return t;
    }
    StagecraftTopology.Builder builder = StagecraftTopology.builder()
        .eventsTopic(EVENTS)
        .inMemoryStore();
    if (!topology.equals("stagecraft-default")) {
      builder.withoutClassifier().scorecards(topology.endsWith("every-record")
          ? ScorecardTrigger.EVERY_RECORD : ScorecardTrigger.NEVER);
    }
    return builder.build();
  }

  /** Round-robin over the calls with a seeded skip, so their records interleave. */
  private void interleave(List<List<byte[]>> generated) {
    int total = generated.stream().mapToInt(List::size).sum();
    values = new byte[total][];
    callOf = new int[total];
    int[] position = new int[generated.size()];
    int filled = 0;
    for (int step = 0; filled < total; step++) {
      int c = (step * 7919) % generated.size();
      if (position[c] < generated.get(c).size()) {
        values[filled] = generated.get(c).get(position[c]++);
        callOf[filled++] = c;
      }
    }
  }

  private void renameCalls() {
    for (int c = 0; c < keys.length; c++) {
      keys[c] = "call-" + c + "-" + round;
    }
  }

  /**
   * Drops what the driver captured in the last iteration, outside the measurement, and starts
   * counting this thread's CPU time.
   */
  @Setup(Level.Iteration)
  public void drain() {
    for (String topic : driver.producedTopicNames()) {
      driver.createOutputTopic(topic, new ByteArrayDeserializer(), new ByteArrayDeserializer())
          .readRecordsToList();
    }
    iterationRecords = 0;
    iterationCpu = THREADS.getCurrentThreadCpuTime();
  }

  /**
   * Prints the CPU time per record of the iteration. On a shared machine a thread waits for a core
   * much of the time, which the wall-clock score counts and CPU time does not.
   */
  @TearDown(Level.Iteration)
  public void cpuTime() {
    long cpu = THREADS.getCurrentThreadCpuTime() - iterationCpu;
    System.out.printf(Locale.ROOT, "%n  cpu %.2f us/record over %d records (%s)%n",
        cpu / 1e3 / iterationRecords, iterationRecords, topology);
  }

  /** One record through the topology. */
  @Benchmark
  public void record() {
    iterationRecords++;
    input.pipeInput(keys[callOf[next]], values[next]);
    if (++next == values.length) {
      next = 0;
      round++;
      renameCalls();
    }
  }

  /** Closes the driver and removes its state directory. */
  @TearDown(Level.Trial)
  public void stop() throws Exception {
    driver.close();
    try (var files = Files.walk(stateDir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
