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
import org.stagecraft.Snapshot;
import org.stagecraft.benchmarks.contenders.Contender;
import org.stagecraft.benchmarks.contenders.Contenders;
import org.stagecraft.benchmarks.workload.Workload;

/**
 * Snapshot encode and decode of conversations after a 200-event call, rotating over 100 calls of
 * the workload. Only Stagecraft has a snapshot format of its own; the peers keep an enum and the
 * host's context, which the host would serialise itself (see docs/benchmarks.md). Bytes per
 * snapshot are printed by {@link Footprint}.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar SnapshotBenchmark -prof gc} after
 * {@code ./mvnw -B -q package -DskipTests}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SnapshotBenchmark {
  private static final int CALLS = 100;

  /** {@code stagecraft}: the workload playbook; {@code stagecraft-consultative}: the default. */
  @Param({"stagecraft", "stagecraft-consultative"})
  public String implementation;

  private Playbook playbook;
  private Conversation[] conversations;
  private byte[][] snapshots;
  private int next;

  /** Folds the calls and encodes each once for the decode benchmark. */
  @Setup
  public void setUp() {
    Workload workload = Workload.generate(CALLS, Workload.EVENTS);
    Contender contender = Contenders.checked(implementation, workload);
    conversations = new Conversation[CALLS];
    snapshots = new byte[CALLS][];
    for (int c = 0; c < CALLS; c++) {
      conversations[c] = (Conversation) contender.run(c, workload.length());
      snapshots[c] = Snapshot.encode(conversations[c]);
    }
    playbook = conversations[0].playbook();
  }

  /** One conversation to bytes. */
  @Benchmark
  public byte[] encode() {
    next = next + 1 == CALLS ? 0 : next + 1;
    return Snapshot.encode(conversations[next]);
  }

  /** Bytes back to a conversation (replayed through the playbook, checked). */
  @Benchmark
  public Conversation decode() {
    next = next + 1 == CALLS ? 0 : next + 1;
    return Snapshot.decode(playbook, snapshots[next]);
  }
}
