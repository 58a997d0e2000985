package org.stagecraft.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.stagecraft.benchmarks.contenders.Contender;
import org.stagecraft.benchmarks.contenders.Contenders;
import org.stagecraft.benchmarks.workload.Workload;

/**
 * Throughput with many live conversations interleaved, as a server handling many calls at once
 * sees it: all 1,000 calls of the workload are live, and each operation applies the next event of
 * every call in turn, so consecutive events touch different call states (cache misses instead of
 * one hot object). After the 200th event all calls start again. The score is time per event.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar InterleavedThroughputBenchmark -prof
 * gc} after {@code ./mvnw -B -q package -DskipTests}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class InterleavedThroughputBenchmark {
  /** The implementation: see {@link Contenders#NAMES}. */
  @Param({"baseline", "stagecraft", "stagecraft-builder", "stagecraft-consultative", "stateless4j",
      "cola", "squirrel", "spring"})
  public String implementation;

  private Contender contender;
  private Object[] live;
  private int length;
  private int event;

  /** Generates the workload, prepares the implementation and checks its outcomes. */
  @Setup
  public void setUp() {
    Workload workload = Workload.standard();
    contender = Contenders.checked(implementation, workload);
    live = new Object[workload.callCount()];
    length = workload.length();
    event = length;
  }

  /** The next event of every live call; the score is per event. */
  @Benchmark
  @OperationsPerInvocation(Workload.CALLS)
  public Object round() {
    Object[] calls = live;
    if (event == length) {
      for (int c = 0; c < calls.length; c++) {
        calls[c] = contender.start();
      }
      event = 0;
    }
    for (int c = 0; c < calls.length; c++) {
      calls[c] = contender.step(calls[c], c, event);
    }
    event++;
    return calls;
  }
}
