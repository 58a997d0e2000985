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
 * Engine throughput on one thread, and allocation per event: the shared workload's calls folded
 * one after another, each from a fresh call state, so the score is time per event including one
 * call creation per 200 events. Read allocation per event from {@code gc.alloc.rate.norm} with
 * {@code -prof gc}. Every implementation is checked against the baseline's outcomes first.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar EngineThroughputBenchmark -prof gc}
 * after {@code ./mvnw -B -q package -DskipTests}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class EngineThroughputBenchmark {
  /** The implementation: see {@link Contenders#NAMES}. */
  @Param({"baseline", "stagecraft", "stagecraft-builder", "stagecraft-consultative", "stateless4j",
      "cola", "squirrel", "spring"})
  public String implementation;

  private Contender contender;
  private int length;
  private int calls;
  private int next;

  /** Generates the workload, prepares the implementation and checks its outcomes. */
  @Setup
  public void setUp() {
    Workload workload = Workload.standard();
    contender = Contenders.checked(implementation, workload);
    length = workload.length();
    calls = workload.callCount();
  }

  /** One whole call; the score is per event. */
  @Benchmark
  @OperationsPerInvocation(Workload.EVENTS)
  public Object call() {
    if (++next == calls) {
      next = 0;
    }
    return contender.run(next, length);
  }
}
