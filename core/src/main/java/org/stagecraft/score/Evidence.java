package org.stagecraft.score;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.stagecraft.Signal;
import org.stagecraft.SpeakerRole;
import org.stagecraft.Summary;

/** Evidence for scores built from several signals. */
final class Evidence {
  private Evidence() {}

  /** The first events where {@code by} showed any of {@code signals}, in event order, capped. */
  static ImmutableList<Integer> of(Summary summary, SpeakerRole by, Signal... signals) {
    List<Integer> all = new ArrayList<>();
    for (Signal signal : signals) {
      all.addAll(summary.evidence(signal, by));
    }
    Collections.sort(all);
    return ImmutableList.copyOf(all.subList(0, Math.min(all.size(), Summary.EVIDENCE_LIMIT)));
  }
}
