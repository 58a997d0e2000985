package org.stagecraft.score;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collections;
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
    List<List<Integer>> lists = new ArrayList<>();
    for (Signal signal : signals) {
      lists.add(summary.evidence(signal, by));
    }
    return merged(lists);
  }

  /** The indices of all {@code lists}, sorted, at most {@link Summary#EVIDENCE_LIMIT}. */
  static ImmutableList<Integer> merged(List<? extends List<Integer>> lists) {
    List<Integer> all = new ArrayList<>();
    lists.forEach(all::addAll);
    Collections.sort(all);
    return ImmutableList.copyOf(all.subList(0, Math.min(all.size(), Summary.EVIDENCE_LIMIT)));
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
