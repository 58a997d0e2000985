package org.stagecraft;

/**
 * A {@link Criterion} compiled against one playbook: plain "seen" checks become one mask test and
 * counts become reads of packed counters, so checking a guard allocates nothing.
 *
 * <p>Immutable and thread-safe.
 */
final class Guard {
  static final Guard ALWAYS = new Guard(0, new int[0], new int[0], new Guard[0][]);

  private final long seenMask;
  private final int[] slots;
  private final int[] needs;
  private final Guard[][] anyOfGroups;

  Guard(long seenMask, int[] slots, int[] needs, Guard[][] anyOfGroups) {
    this.seenMask = seenMask;
    this.slots = slots;
    this.needs = needs;
    this.anyOfGroups = anyOfGroups;
  }

  static Guard compile(Criterion criterion, NameTable<Signal> signals, CounterLayout counters) {
    GuardCompiler compiler = new GuardCompiler(signals, counters);
    compiler.add(criterion);
    return compiler.build();
  }

  boolean holds(long seen, int counters, CounterLayout layout) {
    if ((seen & seenMask) != seenMask) {
      return false;
    }
    for (int i = 0; i < slots.length; i++) {
      if (layout.value(counters, slots[i]) < needs[i]) {
        return false;
      }
    }
    for (Guard[] group : anyOfGroups) {
      if (!anyHolds(group, seen, counters, layout)) {
        return false;
      }
    }
    return true;
  }

  private static boolean anyHolds(Guard[] group, long seen, int counters, CounterLayout layout) {
    for (Guard alternative : group) {
      if (alternative.holds(seen, counters, layout)) {
        return true;
      }
    }
    return false;
  }

  /** Flattens nested all-of criteria into one guard; each any-of becomes a group. */
  private static final class GuardCompiler {
    private final NameTable<Signal> signals;
    private final CounterLayout counters;
    private long seenMask;
    private final java.util.List<Integer> slots = new java.util.ArrayList<>();
    private final java.util.List<Integer> needs = new java.util.ArrayList<>();
    private final java.util.List<Guard[]> groups = new java.util.ArrayList<>();

    GuardCompiler(NameTable<Signal> signals, CounterLayout counters) {
      this.signals = signals;
      this.counters = counters;
    }

    void add(Criterion criterion) {
      if (criterion instanceof Criterion.Count count) {
        int slot = counters.slotOf(count, signals);
        if (slot < 0) {
          seenMask |= 1L << signals.id(count.signal());
        } else {
          slots.add(slot);
          needs.add(count.atLeast());
        }
      } else if (criterion instanceof Criterion.AllOf all) {
        all.all().forEach(this::add);
      } else {
        Criterion.AnyOf any = (Criterion.AnyOf) criterion;
        groups.add(any.any().stream().map(c -> compile(c, signals, counters)).toArray(Guard[]::new));
      }
    }

    Guard build() {
      return new Guard(
          seenMask,
          slots.stream().mapToInt(Integer::intValue).toArray(),
          needs.stream().mapToInt(Integer::intValue).toArray(),
          groups.toArray(new Guard[0][]));
    }
  }
}
