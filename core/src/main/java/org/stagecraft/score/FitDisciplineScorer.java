package org.stagecraft.score;

import com.google.common.collect.ImmutableList;
import org.stagecraft.Conversation;
import org.stagecraft.Playbook;
import org.stagecraft.Signal;
import org.stagecraft.Stage;
import org.stagecraft.Summary;

/**
 * Whether the seller respected fit: after no fit, refer out honestly instead of closing (forcing
 * a misfit deal leads to cancellations); before a close, fit should have been confirmed. Points
 * (our own): 100 for an honest ending after no fit, 40 minus 20 per close attempt after it, 0 if
 * the conversation still reached the close; 100 for a close with fit confirmed, 70 without.
 * Constant time after {@link Conversation#summary()}.
 */
final class FitDisciplineScorer implements Scorer {
  @Override
  public String id() {
    return "fit-discipline";
  }

  @Override
  public Score score(Conversation conversation) {
    Summary summary = conversation.summary();
    Playbook playbook = conversation.playbook();
    int noFit = summary.firstShown(Signal.NO_FIT);
    int closedAt = closedAt(playbook, summary, -1);
    if (noFit >= 0) {
      int pushes = summary.closeAttemptsAfterNoFit();
      int closedAfter = closedAt(playbook, summary, noFit);
      if (closedAfter < 0 && pushes == 0) {
        String how = playbook.hasStage(Stage.REFER_OUT) && conversation.stage() == Stage.REFER_OUT
            ? "referred out honestly" : "did not push for the sale";
        return Score.of(id(), 100, "No fit was named and the seller " + how + ".",
            ImmutableList.of(noFit), "");
      }
      int value = closedAfter >= 0 ? 0 : Math.max(0, 40 - 20 * pushes);
      ImmutableList<Integer> evidence = Evidence.merged(java.util.List.of(ImmutableList.of(noFit),
          summary.closeAttemptsAfterNoFitEvidence(),
          closedAfter >= 0 ? ImmutableList.of(closedAfter) : ImmutableList.<Integer>of()));
      return Score.of(id(), value, "No fit was named, then the seller "
              + (closedAfter >= 0 ? "closed anyway" : "tried to close " + pushes + " time"
                  + (pushes == 1 ? "" : "s")) + ".",
          evidence,
          "When it doesn't fit, say so and point them elsewhere: a forced deal cancels.");
    }
    if (closedAt >= 0) {
      boolean fit = summary.firstShown(Signal.FIT) >= 0;
      return Score.of(id(), fit ? 100 : 70,
          fit ? "The close came after fit was confirmed." : "The conversation closed without "
              + "fit being confirmed.",
          fit ? ImmutableList.of(summary.firstShown(Signal.FIT)) : ImmutableList.of(closedAt),
          fit ? "" : "Before you close, confirm out loud that the fix fits their problem.");
    }
    return Score.unmeasured(id(), "No fit decision or close yet.");
  }

  /** The first event after {@code after} that entered the close or next steps, or -1. */
  private static int closedAt(Playbook playbook, Summary summary, int after) {
    int first = -1;
    for (Stage stage : new Stage[] {Stage.CLOSE, Stage.NEXT_STEPS}) {
      int entered = playbook.hasStage(stage) ? summary.enteredAt(stage) : -1;
      if (entered > after && (first < 0 || entered < first)) {
        first = entered;
      }
    }
    return first;
  }
}
