package org.stagecraft.score;

import com.google.common.collect.Comparators;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Iterables;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.stagecraft.Monologue;
import org.stagecraft.Signal;
import org.stagecraft.SpeakerRole;
import org.stagecraft.Summary;

/** Evidence for scores built from several sources: merged in event order, capped. */
final class Evidence {
  private Evidence() {}

  /** The first events where {@code by} showed any of {@code signals}. */
  static ImmutableList<Integer> of(Summary summary, SpeakerRole by, Signal... signals) {
    List<List<Integer>> lists = new ArrayList<>(signals.length);
    for (Signal signal : signals) {
      lists.add(summary.evidence(signal, by));
    }
    return merged(lists);
  }

  /** The indices of all {@code lists}, sorted, at most {@link Summary#EVIDENCE_LIMIT}. */
  static ImmutableList<Integer> merged(List<? extends List<Integer>> lists) {
    List<Integer> only = null;
    int nonEmpty = 0;
    for (List<Integer> list : lists) {
      if (!Comparators.isInOrder(list, Comparator.naturalOrder())) {
        return sorted(lists);
      }
      if (!list.isEmpty()) {
        only = list;
        nonEmpty++;
      }
    }
    if (nonEmpty <= 1) {
      // Most scores draw on one source: it is the answer as it is, capped.
      return only == null ? ImmutableList.of()
          : ImmutableList.copyOf(only.subList(0, Math.min(only.size(), Summary.EVIDENCE_LIMIT)));
    }
    // Each list is in event order, as the summary keeps evidence: merge their heads, no sorting.
    return ImmutableList.copyOf(Iterables.limit(
        Iterables.mergeSorted(lists, Comparator.naturalOrder()), Summary.EVIDENCE_LIMIT));
  }

  /** Any lists merged by sorting all their indices. */
  private static ImmutableList<Integer> sorted(List<? extends List<Integer>> lists) {
    int total = 0;
    for (List<Integer> list : lists) {
      total += list.size();
    }
    int[] all = new int[total];
    int filled = 0;
    for (List<Integer> list : lists) {
      for (Integer index : list) {
        all[filled++] = index;
      }
    }
    Arrays.sort(all);
    int kept = Math.min(total, Summary.EVIDENCE_LIMIT);
    ImmutableList.Builder<Integer> out = ImmutableList.builderWithExpectedSize(kept);
    for (int i = 0; i < kept; i++) {
      out.add(all[i]);
    }
    return out.build();
  }

  /** The first and last event of a run, or nothing for no run. */
  static ImmutableList<Integer> of(Monologue run) {
    if (run.isEmpty()) {
      return ImmutableList.of();
    }
    return run.firstEvent() == run.lastEvent()
        ? ImmutableList.of(run.firstEvent()) : ImmutableList.of(run.firstEvent(), run.lastEvent());
  }
}
