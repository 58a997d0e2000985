package org.stagecraft.score;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
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
      if (!isAscending(list)) {
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
    return mergedAscending(lists);
  }

  /**
   * Merges lists that are each in ascending order (the summary keeps evidence in event order) by
   * taking the smallest head each time: no sorting, and the boxed indices are reused as they are.
   */
  private static ImmutableList<Integer> mergedAscending(List<? extends List<Integer>> lists) {
    int[] next = new int[lists.size()];
    ImmutableList.Builder<Integer> out = ImmutableList.builder();
    for (int kept = 0; kept < Summary.EVIDENCE_LIMIT; kept++) {
      int from = -1;
      Integer least = null;
      for (int i = 0; i < next.length; i++) {
        List<Integer> list = lists.get(i);
        if (next[i] < list.size() && (least == null || list.get(next[i]) < least)) {
          least = list.get(next[i]);
          from = i;
        }
      }
      if (from < 0) {
        break;
      }
      out.add(least);
      next[from]++;
    }
    return out.build();
  }

  private static boolean isAscending(List<Integer> list) {
    for (int i = 1; i < list.size(); i++) {
      if (list.get(i - 1) > list.get(i)) {
        return false;
      }
    }
    return true;
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
