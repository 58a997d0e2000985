package org.stagecraft.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
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
 * The cost of creating a conversation from a shared definition (playbook, configuration, builder
 * or factory), ready for its first event: time, and with {@code -prof gc} the bytes allocated.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar CreationBenchmark -prof gc} after
 * {@code ./mvnw -B -q package -DskipTests}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CreationBenchmark {
  /** The implementation: see {@link Contenders#NAMES}. */
  @Param({"baseline", "stagecraft", "stagecraft-builder", "stagecraft-consultative", "stateless4j",
      "cola", "squirrel", "spring"})
  public String implementation;

  private Contender contender;

  /** Prepares the implementation (a small workload: only the definition matters here). */
  @Setup
  public void setUp() {
    contender = Contenders.create(implementation, Workload.generate(1, Workload.EVENTS));
  }

  /** One fresh conversation. */
  @Benchmark
  public Object create() {
    return contender.start();
  }
}
