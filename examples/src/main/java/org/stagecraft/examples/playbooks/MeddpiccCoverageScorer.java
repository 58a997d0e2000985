package org.stagecraft.examples.playbooks;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stagecraft.Conversation;
import org.stagecraft.Playbook;
import org.stagecraft.Signal;
import org.stagecraft.score.Score;
import org.stagecraft.score.Scorer;

/**
 * Grades a MEDDPICC conversation by how many of the eight elements it evidenced: 100 × covered
 * ÷ 8, rounded (our own formula). The explanation names the missing elements and the tip the
 * first one to find out next. Applies to playbooks that know the MEDDPICC signals.
 *
 * <p>Stateless and thread-safe; passes the testkit's {@code ScorerCompatibilityTest}.
 */
public final class MeddpiccCoverageScorer implements Scorer {
  /** The score's id. */
  public static final String ID = "meddpicc-coverage";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public boolean appliesTo(Playbook playbook) {
    return playbook.knows(MeddpiccPlaybook.METRICS);
  }

  @Override
  public Score score(Conversation conversation) {
    checkNotNull(conversation, "conversation");
    List<Integer> evidence = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (Signal element : MeddpiccPlaybook.ELEMENTS) {
      List<Integer> shown = conversation.evidence(element);
      if (shown.isEmpty()) {
        missing.add(element.label());
      } else {
        evidence.add(shown.get(0));
      }
    }
    int covered = MeddpiccPlaybook.ELEMENTS.size() - missing.size();
    int value = Math.round(100f * covered / MeddpiccPlaybook.ELEMENTS.size());
    evidence.sort(null);
    String explanation = covered + " of " + MeddpiccPlaybook.ELEMENTS.size()
        + " MEDDPICC elements evidenced" + (missing.isEmpty() ? "." : "; missing "
            + String.join(", ", missing) + ".");
    String tip = missing.isEmpty() ? "" : "Find out the " + missing.get(0).toLowerCase(Locale.ROOT)
        + " next.";
    return Score.of(ID, value, explanation, evidence, tip);
  }
}
