package org.stagecraft.score;

import java.util.ArrayList;
import java.util.List;
import org.stagecraft.Conversation;
import org.stagecraft.Signal;
import org.stagecraft.SpeakerRole;
import org.stagecraft.Summary;
import org.stagecraft.event.Touch;

/**
 * Whether the prospect carries at least 51% of the effort (the method's 51/49 rule). Effort is the
 * mean of the parts that have data: the prospect's share of the talk, of the touches (reaching
 * out and replying), and of the next steps and commitments. The value is 100 at the minimum share
 * or more and 0 at 10%, the "seller goes 90" picture of the method's courtship analogy, linear
 * between. Chasing costs more (our own): 10 points per seller touch left unanswered and 20 per
 * discount or free trial the seller offered. Constant time after {@link Conversation#summary()}.
 */
final class EffortBalanceScorer implements Scorer {
  static final int UNANSWERED_PENALTY = 10;
  static final int DISCOUNT_PENALTY = 20;

  private final double minimum;
  private final Curve curve;

  EffortBalanceScorer(double minimum) {
    this.minimum = minimum;
    this.curve = Curve.through(0.10, 0, minimum, 100);
  }

  @Override
  public String id() {
    return "effort-balance";
  }

  @Override
  public Score score(Conversation conversation) {
    Summary summary = conversation.summary();
    List<Double> parts = new ArrayList<>();
    TalkShare talk = TalkShare.of(summary);
    if (talk != null) {
      parts.add(1 - talk.seller());
    }
    int sellerTouches = summary.touches(Touch.Direction.SELLER_TO_PROSPECT);
    int replies = summary.answeredTouches(Touch.Direction.SELLER_TO_PROSPECT);
    int prospectTouches = summary.touches(Touch.Direction.PROSPECT_TO_SELLER);
    if (sellerTouches + prospectTouches > 0) {
      parts.add((double) (prospectTouches + replies)
          / (sellerTouches + prospectTouches + replies));
    }
    int prospectSteps = summary.shown(Signal.NEXT_STEP, SpeakerRole.PROSPECT)
        + summary.shown(Signal.COMMITMENT, SpeakerRole.PROSPECT);
    int sellerSteps = summary.shown(Signal.NEXT_STEP, SpeakerRole.SELLER);
    if (prospectSteps + sellerSteps > 0) {
      parts.add((double) prospectSteps / (prospectSteps + sellerSteps));
    }
    int discounts = summary.shown(Signal.DISCOUNT, SpeakerRole.SELLER);
    if (parts.isEmpty() && discounts == 0) {
      return Score.unmeasured(id(), "No talk, touches or next steps yet.");
    }
    double share = parts.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    int unanswered = sellerTouches - replies;
    int value = curve.at(share) - UNANSWERED_PENALTY * unanswered - DISCOUNT_PENALTY * discounts;
    String explanation = "The prospect carried " + Numbers.percent(share)
        + " of the effort (aim: at least " + Numbers.percent(minimum)
        + (minimum == Scorers.PROSPECT_EFFORT_MINIMUM ? ", the 51/49 rule" : "") + ")"
        + (unanswered > 0 ? "; " + unanswered + " unanswered seller touch"
            + (unanswered == 1 ? "" : "es") : "")
        + (discounts > 0 ? "; " + discounts + " discount" + (discounts == 1 ? "" : "s")
            + " or free trial" + (discounts == 1 ? "" : "s") + " offered" : "") + ".";
    String tip = discounts > 0
        ? "Don't buy the deal with discounts or free trials; a prospect who needs the fix will "
            + "take the next step."
        : unanswered > 0
            ? "Stop chasing: one follow-up, then let the prospect come to you."
            : share < minimum
                ? "Let the prospect do more of the work: ask them to own a next step."
                : "";
    return Score.of(id(), Math.max(0, value), explanation, Evidence.merged(List.of(
        summary.evidence(Signal.DISCOUNT, SpeakerRole.SELLER), summary.unansweredTouchEvidence())),
        tip);
  }
}
