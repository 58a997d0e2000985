package org.stagecraft.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The cue model's threshold sweep picks what trying every distinct score would pick. */
class CueThresholdTest {
  @Test
  void the_sweep_picks_the_threshold_that_trying_every_score_picks() {
    SplittableRandom random = new SplittableRandom(20261128);
    int ties = 0;
    for (int trial = 0; trial < 500; trial++) {
      List<double[]> scored = new ArrayList<>();
      int size = random.nextInt(60);
      // few distinct scores, so that ties of score and of F0.5 occur
      int levels = 1 + random.nextInt(12);
      for (int i = 0; i < size; i++) {
        scored.add(new double[] {random.nextInt(levels) - levels / 2.0,
            random.nextInt(3) == 0 ? 1 : 0});
      }
      ties += size > levels ? 1 : 0;

      // F0.5, the default, and F0.25, no fit's
      for (double recallWeight : new double[] {0.25, 0.0625}) {
        assertThat(CueModel.bestThreshold(scored, recallWeight))
            .as("trial %s, recall weight %s", trial, recallWeight)
            .isEqualTo(everyScoreTried(scored, recallWeight));
      }
    }
    assertThat(ties).as("trials with tied scores").isGreaterThan(100);
  }

  @Test
  void no_score_means_no_threshold() {
    assertThat(CueModel.bestThreshold(List.of(), 0.25)).isEqualTo(Double.POSITIVE_INFINITY);
  }

  /**
   * The definition: the lowest distinct score with the best F-measure (recall weighted by beta
   * squared) of "at or above it".
   */
  private static double everyScoreTried(List<double[]> scored, double recallWeight) {
    double[] candidates = scored.stream().mapToDouble(x -> x[0]).sorted().distinct().toArray();
    double best = Double.POSITIVE_INFINITY;
    double bestF = -1;
    for (double t : candidates) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (double[] x : scored) {
        boolean said = x[0] >= t;
        if (said && x[1] == 1) {
          tp++;
        } else if (said) {
          fp++;
        } else if (x[1] == 1) {
          fn++;
        }
      }
      double f = tp == 0 ? 0 : (1 + recallWeight) * tp
          / ((1 + recallWeight) * tp + recallWeight * fn + fp);
      if (f > bestF) {
        bestF = f;
        best = t;
      }
    }
    return best;
  }
}
