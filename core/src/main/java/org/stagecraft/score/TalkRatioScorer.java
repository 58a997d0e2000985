package org.stagecraft.score;

import com.google.common.collect.ImmutableList;
import org.stagecraft.Conversation;

/**
 * The seller's share of the talk, by time when every turn had times, by words otherwise. Constant
 * time after {@link Conversation#summary()}.
 *
 * <p>Gong Labs' study of 25,537 sales calls found the highest-converting split near 43% seller /
 * 57% prospect, and lower conversion above 65% (a vendor study, quoted from a secondary summary).
 * The curve: 100 from 5 points below to 5 points above the ideal (the flat top is our own
 * choice); 50 at the high mark; 0 at 80% (our own choice); on the quiet side it falls gently, to 60 for a seller who never speaks (our
 * own choice: listening too much is the smaller fault).
 */
final class TalkRatioScorer implements Scorer {
  private final double ideal;
  private final double high;
  private final Curve curve;

  TalkRatioScorer(double ideal, double high) {
    this.ideal = ideal;
    this.high = high;
    this.curve = Curve.through(0, 60, ideal - 0.05, 100, ideal + 0.05, 100, high, 50,
        Math.max(high + 0.01, 0.80), 0);
  }

  @Override
  public String id() {
    return "talk-ratio";
  }

  @Override
  public Score score(Conversation conversation) {
    TalkShare share = TalkShare.of(conversation.summary());
    if (share == null) {
      return Score.unmeasured(id(), "Nobody has talked yet.");
    }
    int value = curve.at(share.seller());
    boolean published = ideal == Scorers.TALK_RATIO_IDEAL && high == Scorers.TALK_RATIO_HIGH;
    String explanation = "The seller had " + share.percent(share.seller()) + " of the "
        + share.unit() + (published
            ? " (Gong's best calls: about " + Numbers.percent(ideal) + "; above "
                + Numbers.percent(high) + " converts worse)."
            : " (aim: about " + Numbers.percent(ideal) + "; above " + Numbers.percent(high)
                + " is too much).");
    String tip = share.seller() > ideal + 0.05
        ? "Talk less, ask and listen more: let the prospect have the larger share."
        : share.seller() < ideal - 0.05
            ? "Guide more: summarise what you heard and say where the conversation goes next."
            : "";
    // Points lost for talking too much are evidenced by the seller's longest stretch.
    ImmutableList<Integer> evidence = share.seller() > ideal + 0.05
        ? Evidence.of(share.byTime() ? conversation.summary().longestSellerMonologueByTime()
            : conversation.summary().longestSellerMonologueByWords())
        : ImmutableList.of();
    return Score.of(id(), value, explanation, evidence, tip);
  }
}
