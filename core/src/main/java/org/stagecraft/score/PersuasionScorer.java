package org.stagecraft.score;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.stagecraft.Conversation;
import org.stagecraft.Playbook;
import org.stagecraft.Signal;
import org.stagecraft.Stage;
import org.stagecraft.Summary;

/**
 * The persuasion pathway: rapport, empathy, trust, hope and urgency, the five ingredients the
 * method's author names as making the assumptive close "all you need"; and whether they came in
 * the method's order: rapport and empathy early (before the conversation left discovery), hope
 * and urgency after discovery (once the prospect confirmed the seller's understanding, or the
 * conversation moved past discovery). 16 points an ingredient and 10 for each half of the order
 * (our own weights). Constant time after {@link Conversation#summary()}.
 */
final class PersuasionScorer implements Scorer {
  private static final List<Signal> EARLY = List.of(Signal.RAPPORT, Signal.EMPATHY);
  private static final List<Signal> LATE = List.of(Signal.HOPE, Signal.URGENCY);
  private static final Map<Signal, String> TIPS = Map.of(
      Signal.RAPPORT, "Open with a little warmth before business: rapport comes first.",
      Signal.EMPATHY, "Acknowledge how the problem feels for them (\"that sounds frustrating\").",
      Signal.TRUST, "Build trust: be candid about limits, show proof, keep small promises.",
      Signal.HOPE, "Give hope: show that people in their spot have solved this.",
      Signal.URGENCY, "Surface their own reason to act now; never manufacture one.");

  @Override
  public String id() {
    return "persuasion";
  }

  @Override
  public Score score(Conversation conversation) {
    Summary summary = conversation.summary();
    if (summary.eventCount() == 0) {
      return Score.unmeasured(id(), "Nothing has happened yet.");
    }
    List<Signal> present = new ArrayList<>();
    List<Signal> missing = new ArrayList<>();
    ImmutableList.Builder<Integer> evidence = ImmutableList.builder();
    for (Signal signal : List.of(Signal.RAPPORT, Signal.EMPATHY, Signal.TRUST, Signal.HOPE,
        Signal.URGENCY)) {
      int first = summary.firstShown(signal);
      (first >= 0 ? present : missing).add(signal);
      if (first >= 0) {
        evidence.add(first);
      }
    }
    int leftDiscovery = leftDiscovery(conversation.playbook(), summary);
    int confirmed = summary.firstShown(Signal.CONFIRMED);
    int discoveryDone = leftDiscovery < 0 ? confirmed
        : confirmed < 0 ? leftDiscovery : Math.min(confirmed, leftDiscovery);
    boolean anyEarly = false;
    boolean anyLate = false;
    boolean earlyInOrder = true;
    boolean lateInOrder = true;
    for (Signal signal : present) {
      int first = summary.firstShown(signal);
      if (EARLY.contains(signal)) {
        anyEarly = true;
        earlyInOrder &= leftDiscovery < 0 || first < leftDiscovery;
      } else if (LATE.contains(signal)) {
        anyLate = true;
        lateInOrder &= discoveryDone >= 0 && first >= discoveryDone;
      }
    }
    int value = 16 * present.size() + (anyEarly && earlyInOrder ? 10 : 0)
        + (anyLate && lateInOrder ? 10 : 0);
    String explanation = present.size() + " of 5 ingredients ("
        + (present.isEmpty() ? "none" : labels(present)) + ")"
        + (missing.isEmpty() ? "" : "; missing " + labels(missing))
        + (anyEarly && !earlyInOrder ? "; rapport or empathy came late" : "")
        + (anyLate && !lateInOrder ? "; hope or urgency came before discovery was done" : "")
        + ".";
    String tip = missing.isEmpty()
        ? (earlyInOrder && lateInOrder ? "" : "Build rapport and empathy first; hope and urgency "
            + "belong after discovery, when they come from what the prospect told you.")
        : TIPS.get(missing.get(0));
    return Score.of(id(), value, explanation, evidence.build(), tip);
  }

  /** The first event in a stage after discovery, or -1. */
  private static int leftDiscovery(Playbook playbook, Summary summary) {
    int first = -1;
    for (Stage stage : List.of(Stage.DIAGNOSIS, Stage.PRESCRIPTION, Stage.CLOSE)) {
      int entered = playbook.hasStage(stage) ? summary.enteredAt(stage) : -1;
      if (entered >= 0 && (first < 0 || entered < first)) {
        first = entered;
      }
    }
    return first;
  }

  private static String labels(List<Signal> signals) {
    StringBuilder out = new StringBuilder();
    for (Signal signal : signals) {
      out.append(out.length() == 0 ? "" : ", ").append(signal.label());
    }
    return out.toString();
  }
}
