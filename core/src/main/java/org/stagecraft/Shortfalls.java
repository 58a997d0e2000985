package org.stagecraft;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Works out which parts of a guard do not hold yet, and how far each got. Off the hot path. */
final class Shortfalls {
  private Shortfalls() {}

  static ImmutableList<Shortfall> of(
      Criterion criterion, Playbook playbook, long seen, int counters) {
    Set<Shortfall> out = new LinkedHashSet<>();
    collect(criterion, playbook, seen, counters, out);
    return ImmutableList.copyOf(out);
  }

  /** The shortfalls of every guard along {@code path}, each listed once. */
  static ImmutableList<Shortfall> alongPath(
      int[] path, Playbook playbook, long seen, int counters) {
    Set<Shortfall> out = new LinkedHashSet<>();
    for (int i = 0; i + 1 < path.length; i++) {
      Transition t = playbook.transition(playbook.stage(path[i]), playbook.stage(path[i + 1]))
          .orElseThrow();
      collect(t.guard(), playbook, seen, counters, out);
    }
    return ImmutableList.copyOf(out);
  }

  static String describe(ImmutableList<Shortfall> missing) {
    return missing.stream().map(Shortfall::describe).collect(Collectors.joining(", "));
  }

  private static void collect(
      Criterion criterion, Playbook playbook, long seen, int counters, Set<Shortfall> out) {
    if (criterion instanceof Criterion.Count count) {
      int have = have(count, playbook, seen, counters);
      if (have < count.atLeast()) {
        out.add(new Shortfall(count, have, count.atLeast()));
      }
    } else if (criterion instanceof Criterion.AllOf all) {
      all.all().forEach(c -> collect(c, playbook, seen, counters, out));
    } else {
      Criterion.AnyOf any = (Criterion.AnyOf) criterion;
      boolean holds = any.any().stream()
          .anyMatch(c -> of(c, playbook, seen, counters).isEmpty());
      if (!holds) {
        out.add(new Shortfall(any, 0, 1));
      }
    }
  }

  private static int have(Criterion.Count count, Playbook playbook, long seen, int counters) {
    int slot = playbook.counters.slotOf(count, playbook.signals);
    if (slot >= 0) {
      return Math.min(playbook.counters.value(counters, slot), count.atLeast());
    }
    return (seen & (1L << playbook.signals.id(count.signal()))) != 0 ? 1 : 0;
  }
}
