package org.stagecraft.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.stagecraft.Conversation;
import org.stagecraft.Playbook;
import org.stagecraft.Playbooks;
import org.stagecraft.Signal;
import org.stagecraft.event.ObservedSignal;

/**
 * Time and allocation per event when a 200-event call is folded through the consultative
 * playbook with {@link Conversation#advance}, one call after another on one thread.
 *
 * <p>{@code floor} reads the same events and keeps a discovery gate in a hand-written switch over
 * an int bit set: not the same rules (it ignores ownership by role, skips and endings), only a
 * lower bound for what any engine must spend reading the workload. The benchmarks issue adds the
 * peer libraries and an equal-outcome baseline.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar EngineThroughputBenchmark -prof gc}
 * after {@code ./mvnw -B -q package -DskipTests}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class EngineThroughputBenchmark {
  static final int CALLS = 1_000;
  static final int EVENTS = 200;

  private final Playbook playbook = Playbooks.consultative();
  private ObservedSignal[][] calls;
  private int next;

  /** Generates the workload once per fork. */
  @Setup
  public void generate() {
    calls = ConsultativeCalls.generate(CALLS, EVENTS);
  }

  /** One call through the engine; the score is per event. */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public Conversation stagecraft() {
    Conversation c = playbook.newConversation();
    for (ObservedSignal event : calls[next++ % CALLS]) {
      c = c.advance(event);
    }
    return c;
  }

  /** The same events through a bare discovery gate; a floor, not a peer. */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public long floor() {
    int stage = 0;
    int seen = 0;
    int openQuestions = 0;
    int rejected = 0;
    for (ObservedSignal event : calls[next++ % CALLS]) {
      Signal s = event.signal();
      if (s == Signal.OPEN_QUESTION) {
        openQuestions++;
        stage = Math.max(stage, 1);
      } else if (s == Signal.PAIN) {
        seen |= 1;
      } else if (s == Signal.GOAL) {
        seen |= 2;
      } else if (s == Signal.CONFIRMED) {
        seen |= 4;
      } else if (s == Signal.DIAGNOSIS || s == Signal.PRESCRIPTION
          || s == Signal.ASSUMPTIVE_CLOSE || s == Signal.ASKED_FOR_SALE) {
        if (stage == 1 && seen == 7 && openQuestions >= 3) {
          stage = 2;
        } else if (stage == 1) {
          rejected++;
        }
      }
    }
    return (long) stage << 32 | rejected;
  }
}
