package org.stagecraft.benchmarks;

import java.lang.ref.Reference;
import java.util.List;
import java.util.function.IntFunction;
import org.openjdk.jol.info.GraphLayout;
import org.stagecraft.Conversation;
import org.stagecraft.ConversationBuilder;
import org.stagecraft.Snapshot;
import org.stagecraft.benchmarks.contenders.Contender;
import org.stagecraft.benchmarks.contenders.Contenders;
import org.stagecraft.benchmarks.workload.Workload;

/**
 * Memory retained per live conversation, measured with JOL for every implementation: a fresh
 * call, and one after a 200-event call of the shared workload (the mean over 100 calls), each
 * beyond what calls share (the playbook or machine definition, the events). Shared objects are
 * excluded by difference: the graph of the definition with {@code n} calls, less the graph with one
 * call, over {@code n - 1}; whatever every call reaches in common cancels out. Also prints what a
 * million such conversations cost and, for Stagecraft, the snapshot bytes. Where JOL cannot walk
 * an implementation's objects (Spring Statemachine), it falls back to the heap in use after GC,
 * which is coarser, and says so.
 *
 * <p>Run: {@code java -Djol.magicFieldOffset=true -cp benchmarks/target/benchmarks.jar
 * org.stagecraft.benchmarks.Footprint [implementation...]} after {@code ./mvnw -B -q package
 * -DskipTests}.
 */
public final class Footprint {
  private static final int CALLS = 100;

  private Footprint() {}

  /** Prints one line per implementation (all of them when no argument is given). */
  public static void main(String[] args) {
    Workload workload = Workload.generate(CALLS, Workload.EVENTS);
    List<String> names = args.length == 0 ? Contenders.NAMES : List.of(args);
    System.out.printf("%-24s %12s %18s %16s %14s%n", "implementation", "fresh (B)",
        "after 200 (B)", "a million (MB)", "snapshot (B)");
    for (String name : names) {
      Contender contender = Contenders.checked(name, workload);
      Object[] fresh = new Object[CALLS];
      Object[] done = new Object[CALLS];
      for (int c = 0; c < CALLS; c++) {
        fresh[c] = contender.start();
        done[c] = contender.run(c, workload.length());
      }
      long freshBytes;
      long doneBytes;
      String how = "";
      try {
        freshBytes = perCall(contender, fresh);
        doneBytes = perCall(contender, done);
      } catch (NoClassDefFoundError e) {
        // JOL reads every field's type; Spring's machines have fields typed by optional
        // dependencies (Spring Security) that are not on the class path. Fall back to the heap.
        freshBytes = heapPerCall(c -> contender.start());
        doneBytes = heapPerCall(c -> contender.run(c, workload.length()));
        how = "  (heap after GC, not JOL: " + e.getMessage() + " is not on the class path)";
      }
      System.out.printf("%-24s %,12d %,18d %,16d %14s%s%n", name, freshBytes, doneBytes,
          doneBytes * 1_000_000 / (1 << 20), snapshotBytes(done), how);
    }
  }

  /** Mean bytes per call beyond what the definition and the calls share. */
  private static long perCall(Contender contender, Object[] calls) {
    Object[] all = new Object[calls.length + 1];
    all[0] = contender;
    System.arraycopy(calls, 0, all, 1, calls.length);
    // the arguments are the roots (the arrays themselves are not counted)
    long one = GraphLayout.parseInstance(contender, calls[0]).totalSize();
    long every = GraphLayout.parseInstance(all).totalSize();
    return (every - one) / (calls.length - 1);
  }

  /** Heap in use after GC with {@link #CALLS} calls kept alive, less before, per call. */
  private static long heapPerCall(IntFunction<Object> make) {
    Object[] keep = new Object[CALLS];
    long before = usedAfterGc();
    for (int c = 0; c < CALLS; c++) {
      keep[c] = make.apply(c);
    }
    long after = usedAfterGc();
    Reference.reachabilityFence(keep);
    return (after - before) / CALLS;
  }

  private static long usedAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private static String snapshotBytes(Object[] calls) {
    long total = 0;
    for (Object call : calls) {
      Conversation conversation;
      if (call instanceof Conversation c) {
        conversation = c;
      } else if (call instanceof ConversationBuilder b) {
        conversation = b.build();
      } else {
        return "n/a";
      }
      total += Snapshot.encode(conversation).length;
    }
    return String.format("%,d", total / calls.length);
  }
}
