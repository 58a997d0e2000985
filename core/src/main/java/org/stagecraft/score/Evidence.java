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
    int total = 0;
    for (List<Integer> list : lists) {
      total += list.size();
    }
    // Sorted unboxed: a scorecard merges evidence for most of its scores.
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
