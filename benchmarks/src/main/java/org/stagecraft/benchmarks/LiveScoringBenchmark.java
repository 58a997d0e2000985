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
import org.stagecraft.Conversation;
import org.stagecraft.Playbook;
import org.stagecraft.Playbooks;
import org.stagecraft.benchmarks.workload.Workload;
import org.stagecraft.event.ObservedSignal;
import org.stagecraft.score.Scorecard;
import org.stagecraft.score.Scoring;

/**
 * Live coaching: apply one event, then score the whole conversation again, for calls of
 * {@code length} events (a new call starts when one ends). If scoring cost grew with the length
 * of the call, re-scoring after every event would be quadratic and the time per operation would
 * grow with {@code length}; it should stay flat. {@code rescoreEarlierPoint} scores points of a
 * finished call in scattered order, which folds at most a checkpoint's worth of events.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar LiveScoringBenchmark -prof gc} after
 * {@code ./mvnw -B -q package -DskipTests}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LiveScoringBenchmark {
  /** Events per call. */
  @Param({"200", "2000", "20000"})
  public int length;

  private final Playbook playbook = Playbooks.consultative();
  private final Scoring scoring = Scoring.defaults();
  private ObservedSignal[] events;
  private Conversation conversation;
  private Conversation[] wholeCall;
  private int next;
  private int earlier;

  /** Generates one long call, keeps every conversation along it, and starts a live one. */
  @Setup
  public void generate() {
    events = Workload.generate(1, length).events()[0];
    wholeCall = new Conversation[length];
    Conversation c = playbook.newConversation();
    for (int i = 0; i < length; i++) {
      c = c.advance(events[i]);
      wholeCall[i] = c;
    }
    scoring.score(c);
    conversation = playbook.newConversation();
  }

  /** A scorecard for an earlier point of a finished call, as when replaying its timeline. */
  @Benchmark
  public Scorecard rescoreEarlierPoint() {
    earlier = (earlier + 7919) % length;
    return scoring.score(wholeCall[earlier]);
  }

  /** One more event, then a full scorecard. */
  @Benchmark
  public Scorecard applyAndRescore() {
    if (next == length) {
      next = 0;
      conversation = playbook.newConversation();
    }
    conversation = conversation.advance(events[next++]);
    return scoring.score(conversation);
  }
}
