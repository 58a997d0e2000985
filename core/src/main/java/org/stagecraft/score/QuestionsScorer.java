package org.stagecraft.score;

import org.stagecraft.Conversation;
import org.stagecraft.Signal;
import org.stagecraft.SpeakerRole;
import org.stagecraft.Summary;
import org.stagecraft.TalkStats;

/**
 * How many questions the seller asked, how many were open, and how often (a minute when every
 * turn had times, per 100 seller words otherwise; reported, not scored). No questions scores 0
 * (our own choice). Constant time after {@link Conversation#summary()}.
 *
 * <p>The count curve follows the discovery-call success rates Gong reported by number of
 * questions (46% at 1–6, 67% at 7–10, 74% at 11–14, 66% at 15–18), scaled so the best band is
 * 100; beyond 18 it falls 3 points a question to a floor of 40 (our own choice). The result is
 * weighted by the open share: 60% for the count alone, up to 100% when every question is open
 * (our own choice: closed questions confirm, open ones discover).
 */
final class QuestionsScorer implements Scorer {
  private final int sweetLow;
  private final int sweetHigh;
  /** Built once: the same text each time lets the scorecard writer encode it once. */
  private final String askMoreTip;

  QuestionsScorer(int sweetLow, int sweetHigh) {
    this.sweetLow = sweetLow;
    this.sweetHigh = sweetHigh;
    this.askMoreTip = "Ask more: aim for " + sweetLow + "–" + sweetHigh
        + " questions, most of them open (\"what\", \"how\", \"tell me about\").";
  }

  @Override
  public String id() {
    return "questions";
  }

  @Override
  public Score score(Conversation conversation) {
    Summary summary = conversation.summary();
    int open = summary.shown(Signal.OPEN_QUESTION, SpeakerRole.SELLER);
    int closed = summary.shown(Signal.CLOSED_QUESTION, SpeakerRole.SELLER);
    int questions = open + closed;
    if (questions == 0 && summary.talk(SpeakerRole.SELLER).utterances() == 0) {
      return Score.unmeasured(id(), "The seller has not spoken yet.");
    }
    double openShare = questions == 0 ? 0 : (double) open / questions;
    int value = (int) Math.round(countValue(questions) * (0.6 + 0.4 * openShare));
    String explanation = questions + " seller question" + (questions == 1 ? "" : "s") + " ("
        + open + " open, " + closed + " closed" + rate(summary, questions) + "); "
        + (sweetLow == Scorers.QUESTIONS_SWEET_LOW && sweetHigh == Scorers.QUESTIONS_SWEET_HIGH
            ? "the most successful discovery calls in Gong's research asked "
            : "the target is ")
        + sweetLow + "–" + sweetHigh + ".";
    String tip;
    if (questions < sweetLow) {
      tip = askMoreTip;
    } else if (questions > sweetHigh) {
      tip = "Fewer, deeper questions: follow up on answers instead of working through a list.";
    } else if (openShare < 1) {
      tip = "Turn closed questions into open ones so the prospect tells the story.";
    } else {
      tip = "";
    }
    return Score.of(id(), Math.min(100, value), explanation,
        Evidence.of(summary, SpeakerRole.SELLER, Signal.OPEN_QUESTION, Signal.CLOSED_QUESTION),
        tip);
  }

  /** Questions per minute of talk when every turn had times, else per 100 seller words. */
  private static String rate(Summary summary, int questions) {
    TalkStats talk = summary.talk();
    if (talk.fullyTimed() && !talk.spoken().isZero()) {
      return ", " + Numbers.oneDecimal(questions * 60_000.0 / talk.spoken().toMillis())
          + " a minute";
    }
    long words = summary.talk(SpeakerRole.SELLER).words();
    return words == 0 ? ""
        : ", " + Numbers.oneDecimal(questions * 100.0 / words) + " per 100 seller words";
  }

  private double countValue(int questions) {
    if (questions == 0) {
      return 0;
    }
    if (questions >= sweetLow && questions <= sweetHigh) {
      return 100;
    }
    if (questions < sweetLow) {
      return questions <= sweetLow - 5 ? 46.0 / 74 * 100 : 67.0 / 74 * 100;
    }
    if (questions <= sweetHigh + 4) {
      return 66.0 / 74 * 100;
    }
    return Math.max(40, 66.0 / 74 * 100 - 3 * (questions - sweetHigh - 4));
  }
}
