package org.stagecraft.score;

import org.stagecraft.Conversation;
import org.stagecraft.Signal;
import org.stagecraft.SpeakerRole;
import org.stagecraft.Summary;

/**
 * How the seller closed. The method prescribes the assumptive close (describe the next steps and
 * let the prospect stop you) and rejects order-taking ("what would you like to do?") and pressure.
 * Points (our own): 100 with an assumptive close, 60 without one; minus 25 for each ask for the
 * sale, 40 for each pressure tactic, and 5 for each trial close past the second (an occasional
 * trial close is fine). Counts attempts the engine rejected too: the seller still said them.
 * Constant time after {@link Conversation#summary()}.
 */
final class CloseStyleScorer implements Scorer {
  static final int ASK_PENALTY = 25;
  static final int PRESSURE_PENALTY = 40;
  static final int FREE_TRIAL_CLOSES = 2;

  @Override
  public String id() {
    return "close-style";
  }

  @Override
  public Score score(Conversation conversation) {
    Summary summary = conversation.summary();
    int assumptive = summary.shown(Signal.ASSUMPTIVE_CLOSE, SpeakerRole.SELLER);
    int asks = summary.shown(Signal.ASKED_FOR_SALE, SpeakerRole.SELLER);
    int pressure = summary.shown(Signal.PRESSURE, SpeakerRole.SELLER);
    int trials = summary.shown(Signal.TRIAL_CLOSE, SpeakerRole.SELLER);
    if (assumptive + asks + pressure + trials == 0) {
      return Score.unmeasured(id(), "No close yet.");
    }
    int value = (assumptive > 0 ? 100 : 60) - ASK_PENALTY * asks - PRESSURE_PENALTY * pressure
        - 5 * Math.max(0, trials - FREE_TRIAL_CLOSES);
    String explanation = assumptive + " assumptive close" + (assumptive == 1 ? "" : "s") + ", "
        + asks + " ask" + (asks == 1 ? "" : "s") + " for the sale, " + pressure + " pressure "
        + "tactic" + (pressure == 1 ? "" : "s") + ", " + trials + " trial close"
        + (trials == 1 ? "" : "s") + ".";
    String tip = pressure > 0
        ? "Drop the pressure: a prospect pushed into a deal cancels later."
        : asks > 0
            ? "Don't hand the decision back (\"what would you like to do?\"): prescribe, then "
                + "describe the next steps and ask for questions."
            : assumptive == 0
                ? "Close assumptively: \"here is what it looks like; the next step is X. Any "
                    + "questions before we start?\""
                : "";
    return Score.of(id(), Math.max(0, value), explanation, Evidence.of(summary,
        SpeakerRole.SELLER, Signal.ASSUMPTIVE_CLOSE, Signal.ASKED_FOR_SALE, Signal.PRESSURE,
        Signal.TRIAL_CLOSE), tip);
  }
}
