package org.stagecraft.score;

import org.stagecraft.Conversation;
import org.stagecraft.Summary;

/**
 * The playbook's rules broken, each weighted by how far ahead of where the conversation stood it
 * tried to go (stages in declaration order, at least 1): 10 points per stage of weight (our own
 * choice). A close attempted in discovery of the consultative playbook weighs 3. Constant time
 * after {@link Conversation#summary()}.
 */
final class ProcessAdherenceScorer implements Scorer {
  static final int POINTS_PER_STAGE = 10;

  @Override
  public String id() {
    return "process-adherence";
  }

  @Override
  public Score score(Conversation conversation) {
    Summary summary = conversation.summary();
    if (summary.eventCount() == 0) {
      return Score.unmeasured(id(), "Nothing has happened yet.");
    }
    int violations = summary.violations();
    long weight = summary.violationWeight();
    int value = (int) Math.max(0, 100 - POINTS_PER_STAGE * weight);
    String explanation = violations == 0
        ? "The conversation followed the playbook's order."
        : violations + " attempt" + (violations == 1 ? "" : "s") + " to move ahead of the "
            + "playbook, " + weight + " stage" + (weight == 1 ? "" : "s") + " ahead in all.";
    String tip = violations == 0 ? ""
        : "Finish each stage before the next: " + conversation.coachingHint();
    return Score.of(id(), value, explanation, summary.violationEvidence(), tip);
  }
}
