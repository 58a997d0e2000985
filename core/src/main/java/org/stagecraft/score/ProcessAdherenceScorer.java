package org.stagecraft.score;

import org.stagecraft.Conversation;
import org.stagecraft.Summary;

/**
 * The playbook's rules the seller broke (the seller's signals and stage requests; a prospect's
 * eagerness is not the seller's fault), each weighted by how far along the process the attempted
 * stage lies beyond the one held: the difference of their ranks, the longest way to each from
 * the start, at least 1. 10 points per unit of weight (our own choice). In the consultative
 * playbook a close attempted in discovery weighs 3, a diagnosis 1. Constant time after {@link
 * Conversation#summary()}.
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
    int violations = summary.sellerViolations();
    long weight = summary.sellerViolationWeight();
    int value = (int) Math.max(0, 100 - POINTS_PER_STAGE * weight);
    String explanation = violations == 0
        ? "The seller followed the playbook's order."
        : violations + " attempt" + (violations == 1 ? "" : "s") + " by the seller to move ahead "
            + "of the playbook, " + weight + " stage" + (weight == 1 ? "" : "s") + " ahead in all.";
    String tip = violations == 0 ? ""
        : "Finish each stage before the next: " + conversation.coachingHint();
    return Score.of(id(), value, explanation, summary.sellerViolationEvidence(), tip);
  }
}
