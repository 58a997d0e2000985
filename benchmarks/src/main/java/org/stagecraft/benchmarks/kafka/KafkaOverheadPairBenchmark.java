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
import org.openjdk.jmh.annotations.OperationsPerInvocation;
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
 * Stagecraft's overhead over the pass-through topology, measured within one run: both topologies
 * get the same records in alternating batches of {@value #BATCH} (which goes first alternates
 * too), and the thread's CPU time of each batch is added to its topology's account. The
 * machine's drift and noise fall on both alike, a few milliseconds apart, which a comparison of
 * two separate runs cannot promise on a shared machine. The result is the overhead printed per
 * iteration and, at the end, the median of the measured iterations ({@code overhead median});
 * the JMH score is the time of one record through both topologies together.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar KafkaOverheadPairBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 7, time = 2)
@Fork(1)
public class KafkaOverheadPairBenchmark {
  private static final int BATCH = 100;

  /** The Stagecraft topology compared with the pass-through (see {@link RecordFeed}). */
  @Param({"stagecraft-default", "stagecraft-stage-change-scorecards", "stagecraft-no-scorecards"})
  public String topology;

  /** Calls interleaved on the partition. */
  @Param({"500"})
  public int calls;

  private RecordFeed baseline;
  private RecordFeed stagecraft;
  private long baselineCpu;
  private long stagecraftCpu;
  private long records;
  private boolean measuring;
  private final List<Double> overheads = new ArrayList<>();

  /** Starts both drivers. */
  @Setup(Level.Trial)
  public void start() throws Exception {
    baseline = new RecordFeed("pass-through", calls);
    stagecraft = new RecordFeed(topology, calls);
  }

  /** Drops the captured outputs outside the measurement and resets both accounts. */
  @Setup(Level.Iteration)
  public void drain(IterationParams iteration) {
    baseline.drainOutputs();
    stagecraft.drainOutputs();
    measuring = iteration.getType() == IterationType.MEASUREMENT;
    baselineCpu = 0;
    stagecraftCpu = 0;
    records = 0;
  }

  /**
   * One batch through each topology, the same records; which goes first alternates, so neither
   * always finds the caches as the other left them.
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void batch() {
    boolean baselineFirst = (records / BATCH) % 2 == 0;
    long start = CpuClock.now();
    feed(baselineFirst ? baseline : stagecraft);
    long middle = CpuClock.now();
    feed(baselineFirst ? stagecraft : baseline);
    long end = CpuClock.now();
    baselineCpu += baselineFirst ? middle - start : end - middle;
    stagecraftCpu += baselineFirst ? end - middle : middle - start;
    records += BATCH;
  }

  private static void feed(RecordFeed feed) {
    for (int i = 0; i < BATCH; i++) {
      feed.pipeNext();
    }
  }

  /** Prints both topologies' CPU time per record and the overhead of the iteration. */
  @TearDown(Level.Iteration)
  public void overhead() {
    double overhead = (double) stagecraftCpu / baselineCpu - 1;
    System.out.printf(Locale.ROOT, "%n  pass-through %.2f vs %s %.2f cpu us/record: %+.1f%%%n",
        baselineCpu / 1e3 / records, topology, stagecraftCpu / 1e3 / records, overhead * 100);
    if (measuring) {
      overheads.add(overhead);
    }
  }

  /** Prints the median overhead of the measured iterations and closes both drivers. */
  @TearDown(Level.Trial)
  public void stop() throws Exception {
    if (!overheads.isEmpty()) {
      System.out.printf(Locale.ROOT, "%n  overhead median %+.1f%% over %d iterations (%s)%n",
          CpuClock.median(overheads) * 100,
          overheads.size(), topology);
    }
    baseline.close();
    stagecraft.close();
  }
}
