package org.stagecraft.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The classifier's figures on the held-out corpus, written apart from the rules and never used to
 * tune them. Fails if macro F1 or question F1 falls below the baseline recorded in
 * docs/classifier.md.
 */
class ClassifierHeldOutTest {
  /**
   * Recorded 2026-11-28 after the eighth development round (0.855 / 0.963, 0.846 before dev21 and
   * dev22 joined the cue model's corpora; after the seventh 0.845 / 0.963, 0.836 / 0.963 before
   * dev9 and dev10; 0.803 / 0.963 after the sixth, 0.788 / 0.954 after the fifth, 0.763 / 0.954
   * with dev4, 0.746 / 0.954 before it); raise it when the classifier improves, never lower it
   * (docs/classifier.md).
   */
  static final double MACRO_F1_BASELINE = 0.85;
  static final double QUESTION_F1_BASELINE = 0.96;
  /**
   * Measured 2026-11-28 after the eighth development round: 0.795 / 0.921 (0.792 before dev21
   * and dev22 joined the cue model's corpora; after the seventh
   * 0.760 / 0.917, 0.746 before dev9 and dev10 joined the cue model's corpora; after the sixth
   * 0.704 / 0.917, after the fifth 0.657 / 0.908; with dev4 0.624 / 0.908; after the third round
   * 0.603 / 0.908; before it 0.553 / 0.911). Nobody tuning has read its lines.
   */
  static final double SECOND_MACRO_F1_BASELINE = 0.79;
  static final double SECOND_QUESTION_F1_BASELINE = 0.92;

  @Test
  void held_out_figures_do_not_fall_below_the_baseline() throws Exception {
    check("held-out corpus", "/classifier/heldout.tsv", MACRO_F1_BASELINE,
        QUESTION_F1_BASELINE);
  }

  /**
   * The second held-out set, written later by another writer who saw only the label definitions
   * and DOMAIN.md: neither the rules, nor the development sets, nor the first held-out set.
   */
  @Test
  void second_held_out_figures_do_not_fall_below_the_baseline() throws Exception {
    check("second held-out corpus", "/classifier/heldout2.tsv", SECOND_MACRO_F1_BASELINE,
        SECOND_QUESTION_F1_BASELINE);
  }

  /** Prints the aggregate table only: the held-out mistakes stay unread. */
  private static void check(String name, String resource, double macro, double question) {
    CorpusEvaluation heldOut = CorpusEvaluation.run(EnglishSignalClassifier.create(),
        CorpusEvaluation.load(resource));

    System.out.print(name + ":\n" + heldOut.table());
    assertThat(heldOut.macroF1()).as("%s macro F1", name).isGreaterThanOrEqualTo(macro);
    assertThat(heldOut.questionF1()).as("%s question F1", name)
        .isGreaterThanOrEqualTo(question);
  }
}
