package org.stagecraft.benchmarks.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
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

/**
 * The cost of one record of the events topic through one topology in a TopologyTestDriver (see
 * {@link RecordFeed}): the Stagecraft topology (parse, restore or reuse the conversation, apply,
 * snapshot into the store, write stage changes, violations and scorecards), or a pass-through
 * topology of the same shape ({@link PassThroughProcessor}). Each topology runs in its own fork,
 * so a ratio of two runs also holds the drift of the machine between them; {@link
 * KafkaOverheadPairBenchmark} measures the ratio within one run.
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
  /**
   * Which topology: the pass-through baseline; Stagecraft with every default ({@code
   * stagecraft-default}: the final scorecard of each call; the records carry their signals, so
   * the classifier and its turn store stay idle); or Stagecraft with {@code withoutClassifier()}
   * and scorecards after every record, or never (the engine and the store alone).
   */
  @Param({"pass-through", "stagecraft-default", "stagecraft-every-record",
      "stagecraft-no-scorecards"})
  public String topology;

  /** Calls interleaved on the partition. */
  @Param({"500"})
  public int calls;

  private RecordFeed feed;
  private long iterationRecords;
  private long iterationCpu;
  private boolean measuring;
  private final List<Double> measuredCpu = new ArrayList<>();

  /** Generates the calls and starts the driver. */
  @Setup(Level.Trial)
  public void start() throws Exception {
    feed = new RecordFeed(topology, calls);
  }

  /**
   * Drops what the driver captured in the last iteration, outside the measurement, and starts
   * counting this thread's CPU time.
   */
  @Setup(Level.Iteration)
  public void drain(IterationParams iteration) {
    feed.drainOutputs();
    measuring = iteration.getType() == IterationType.MEASUREMENT;
    iterationRecords = 0;
    iterationCpu = CpuClock.now();
  }

  /** Prints the CPU time per record of the iteration. */
  @TearDown(Level.Iteration)
  public void cpuTime() {
    double perRecord = (CpuClock.now() - iterationCpu) / 1e3 / iterationRecords;
    System.out.printf(Locale.ROOT, "%n  cpu %.2f us/record over %d records (%s)%n",
        perRecord, iterationRecords, topology);
    if (measuring) {
      measuredCpu.add(perRecord);
    }
  }

  /** One record through the topology. */
  @Benchmark
  public void record() {
    iterationRecords++;
    feed.pipeNext();
  }

  /** Prints the median CPU time of the measured iterations, and closes the driver. */
  @TearDown(Level.Trial)
  public void stop() throws Exception {
    if (!measuredCpu.isEmpty()) {
      System.out.printf(Locale.ROOT, "%n  cpu median %.2f us/record over %d iterations (%s)%n",
          CpuClock.median(measuredCpu),
          measuredCpu.size(), topology);
    }
    feed.close();
  }
}
