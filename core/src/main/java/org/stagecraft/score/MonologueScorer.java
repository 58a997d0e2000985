package org.stagecraft.score;

import org.stagecraft.Conversation;
import org.stagecraft.Monologue;
import org.stagecraft.SpeakerRole;
import org.stagecraft.Summary;

/**
 * The seller's longest stretch without a prospect turn, by time when the seller's turns had times,
 * otherwise by words at 150 words a minute (our own assumption of a conversational rate).
 * Constant time after {@link Conversation#summary()}.
 *
 * <p>Gong's study of 257,967 calls tied seller stretches past about two minutes to lower win rates
 * (a vendor study, quoted from a secondary summary). The curve: 100 up to half the limit, 50 at
 * the limit, 0 at one and a half times the limit (our own choice around that figure).
 */
final class MonologueScorer implements Scorer {
  static final double WORDS_PER_SECOND = 150.0 / 60;

  private final double limitSeconds;
  private final Curve curve;

  MonologueScorer(double limitSeconds) {
    this.limitSeconds = limitSeconds;
    this.curve = Curve.through(limitSeconds / 2, 100, limitSeconds, 50, limitSeconds * 1.5, 0);
  }

  @Override
  public String id() {
    return "monologue";
  }

  @Override
  public Score score(Conversation conversation) {
    Summary summary = conversation.summary();
    if (summary.talk(SpeakerRole.SELLER).utterances() == 0) {
      return Score.unmeasured(id(), "The seller has not spoken yet.");
    }
    boolean timed = summary.talk(SpeakerRole.SELLER).fullyTimed();
    Monologue longest = timed
        ? summary.longestSellerMonologueByTime() : summary.longestSellerMonologueByWords();
    double seconds = timed
        ? longest.spoken().toMillis() / 1000.0 : longest.words() / WORDS_PER_SECOND;
    int value = curve.at(seconds);
    String measured = timed
        ? Numbers.whole(seconds) + " s"
        : longest.words() + " words (about " + Numbers.whole(seconds) + " s)";
    String explanation = "The seller's longest stretch without the prospect speaking was "
        + measured + " over " + longest.utterances() + " turn" + (longest.utterances() == 1
        ? "" : "s") + (limitSeconds == Scorers.MONOLOGUE_LIMIT.toSeconds()
        ? " (Gong: past about 2 minutes goes with lower win rates)."
        : " (limit: " + Numbers.whole(limitSeconds) + " s).");
    String tip = value >= 100 ? ""
        : "Break long explanations with a question within a minute; let the prospect react.";
    return Score.of(id(), value, explanation, Evidence.of(longest), tip);
  }
}
