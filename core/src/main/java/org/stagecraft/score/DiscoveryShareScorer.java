package org.stagecraft.score;

import com.google.common.collect.ImmutableList;
import org.stagecraft.Conversation;
import org.stagecraft.Playbook;
import org.stagecraft.Signal;
import org.stagecraft.Stage;
import org.stagecraft.Summary;
import org.stagecraft.TalkStats;

/**
 * How much of the conversation, from the start of discovery on, came before the first diagnosis,
 * pitch or close attempt (accepted by the engine or not: the seller still made it). The method's
 * doctor spends about 14 of 15 minutes on discovery; the value is 100 at that share or more, 0 at
 * half or less (our own choice), linear between. Talk is measured in time when every turn had
 * times, in words otherwise. Constant time after {@link Conversation#summary()}.
 */
final class DiscoveryShareScorer implements Scorer {
  private static final Signal[] PRESENTATION = {
    Signal.DIAGNOSIS, Signal.PRESCRIPTION, Signal.ASSUMPTIVE_CLOSE, Signal.ASKED_FOR_SALE
  };

  private final double target;
  private final Curve curve;

  DiscoveryShareScorer(double target) {
    this.target = target;
    this.curve = Curve.through(0.5, 0, target, 100);
  }

  @Override
  public String id() {
    return "discovery-share";
  }

  @Override
  public boolean appliesTo(Playbook playbook) {
    return playbook.hasStage(Stage.DISCOVERY);
  }

  @Override
  public Score score(Conversation conversation) {
    Summary summary = conversation.summary();
    TalkStats now = summary.talk();
    boolean timed = now.fullyTimed();
    TalkStats discoveryBegan = summary.talkBeforeEntering(Stage.DISCOVERY);
    int pitchedAt = -1;
    TalkStats beforePitch = null;
    for (Signal signal : PRESENTATION) {
      int first = summary.firstShown(signal);
      if (first >= 0 && (pitchedAt < 0 || first < pitchedAt)) {
        pitchedAt = first;
        beforePitch = summary.talkBeforeFirst(signal);
      }
    }
    double start = discoveryBegan == null ? measure(now, timed) : measure(discoveryBegan, timed);
    if (beforePitch != null && (discoveryBegan == null
        || pitchedAt < summary.enteredAt(Stage.DISCOVERY))) {
      return Score.of(id(), 0, "The seller diagnosed, pitched or closed before discovery began.",
          ImmutableList.of(pitchedAt), tip());
    }
    double total = measure(now, timed) - start;
    if (total <= 0) {
      return Score.unmeasured(id(), "No talk in discovery yet.");
    }
    double discovery = (beforePitch == null ? measure(now, timed) : measure(beforePitch, timed))
        - start;
    double share = discovery / total;
    int value = curve.at(share);
    ImmutableList.Builder<Integer> evidence = ImmutableList.builder();
    evidence.add(summary.enteredAt(Stage.DISCOVERY));
    if (pitchedAt >= 0) {
      evidence.add(pitchedAt);
    }
    String source = target == Scorers.DISCOVERY_SHARE_TARGET
        ? ", about 14 of 15 minutes in the method's doctor analogy" : "";
    String explanation = "Discovery took " + Numbers.percent(share) + " of the "
        + (timed ? "talk time" : "words") + " since it began (aim: " + Numbers.percent(target)
        + source + ")" + (pitchedAt < 0 ? "; no diagnosis or pitch yet" : "") + ".";
    return Score.of(id(), value, explanation, evidence.build(), value >= 100 ? "" : tip());
  }

  private static String tip() {
    return "Stay in discovery longer: keep asking about the situation, the pain and the goals "
        + "before you diagnose or pitch; the presentation should be the short part.";
  }

  private static double measure(TalkStats talk, boolean byTime) {
    return byTime ? talk.spoken().toMillis() : talk.words();
  }
}
