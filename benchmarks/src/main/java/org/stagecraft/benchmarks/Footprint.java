package org.stagecraft.benchmarks;

import org.openjdk.jol.info.GraphLayout;
import org.stagecraft.Conversation;
import org.stagecraft.Playbook;
import org.stagecraft.Playbooks;
import org.stagecraft.event.ObservedSignal;

/**
 * Memory retained per live conversation, measured with JOL: a fresh conversation, and one after a
 * 200-event call of the shared workload, each beyond what it shares (the playbook, the events).
 *
 * <p>Run: {@code java -Djol.magicFieldOffset=true -cp benchmarks/target/benchmarks.jar
 * org.stagecraft.benchmarks.Footprint} after {@code ./mvnw -B -q package -DskipTests}.
 */
public final class Footprint {
  private Footprint() {}

  /** Prints the figures. */
  public static void main(String[] args) {
    Playbook playbook = Playbooks.consultative();
    ObservedSignal[][] calls = ConsultativeCalls.generate(100, EngineThroughputBenchmark.EVENTS);
    long shared = GraphLayout.parseInstance(playbook, calls).totalSize();

    long fresh = GraphLayout.parseInstance(playbook.newConversation(), playbook, calls)
        .totalSize() - shared;
    long total = 0;
    long largest = 0;
    for (ObservedSignal[] call : calls) {
      Conversation c = playbook.newConversation();
      for (ObservedSignal event : call) {
        c = c.advance(event);
      }
      long size = GraphLayout.parseInstance(c, playbook, calls).totalSize() - shared;
      total += size;
      largest = Math.max(largest, size);
    }
    long mean = total / calls.length;
    System.out.printf("playbook (shared):              %,d bytes%n",
        GraphLayout.parseInstance(playbook).totalSize());
    System.out.printf("fresh conversation:             %,d bytes%n", fresh);
    System.out.printf("after a 200-event call:         %,d bytes mean, %,d largest (100 calls)%n",
        mean, largest);
    System.out.printf("a million such conversations:   %,d MB%n", mean * 1_000_000 / (1 << 20));
  }
}
