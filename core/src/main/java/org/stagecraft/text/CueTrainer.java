package org.stagecraft.text;

import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.stagecraft.Signal;
import org.stagecraft.SpeakerRole;

/**
 * Learns the cue model's weights: for each signal, a logistic regression over the cues present in
 * an utterance and the speaker's role, fitted by FTRL-Proximal (per-cue adaptive steps with L1 and
 * L2 regularisation; McMahan et al., "Ad Click Prediction: a View from the Trenches", KDD 2013).
 * Unlike naive Bayes, which this replaced, it weighs a cue beside the others in the same
 * utterances, so words common to every signal earn little weight and a cue may speak
 * against a signal; the L1 term keeps most weights at zero, so the scoring index stays small.
 *
 * <p>All signals are learned in one pass over the examples, each cue's weights side by side, so
 * that an utterance touches one short row per cue. Deterministic: the examples are visited in an
 * order shuffled by a fixed seed. The settings are our own choice, by cross-validation over the
 * development corpora (docs/classifier.md, seventh round).
 */
final class CueTrainer {
  private static final int EPOCHS = 10;
  /** The learning rate's scale and its smoothing (FTRL's alpha and beta). */
  private static final double ALPHA = 0.3;
  private static final double BETA = 1;
  private static final double L1 = 0.3;
  private static final double L2 = 1;
  /**
   * An example whose prediction for a signal is off by less than this teaches it next to
   * nothing, so it is skipped for that signal: most utterances are plain negatives for most
   * signals, and skipping them makes learning several times faster and no less accurate. Not in
   * the paper: it makes the loss a little like a margin loss; the thresholds are chosen after.
   */
  private static final double SETTLED = 0.05;
  private static final long SEED = 20261128;
  /**
   * The smallest weight kept: smaller ones move a score by less than a tenth of a unit of
   * log-odds and dropping them halves the model, at no cost cross-validation can tell from
   * noise (docs/classifier.md, seventh round).
   */
  private static final double SMALLEST = 0.1;

  private CueTrainer() {}

  /**
   * The weights learned for {@code signals} (at most 32) from {@code examples}, whose cues are
   * numbered below {@code cueCount}. A signal learns only from the roles {@link CueModel#allowed}
   * lets show it.
   */
  static Weights learn(List<CueModel.Example> examples, int cueCount, List<Signal> signals) {
    int k = signals.size();
    if (k > Integer.SIZE) {
      throw new IllegalArgumentException("at most 32 signals, not " + k);
    }
    int[] labels = new int[examples.size()];
    for (int e = 0; e < labels.length; e++) {
      labels[e] = bits(signals, examples.get(e).labels()::contains);
    }
    int[] allowedBy = new int[SpeakerRole.values().length];
    for (SpeakerRole role : SpeakerRole.values()) {
      allowedBy[role.ordinal()] = bits(signals, s -> CueModel.allowed(s, role));
    }
    Fit fit = new Fit(cueCount + 1, k); // the bias is one more cue, in every example
    int[] order = new int[examples.size()];
    for (int e = 0; e < order.length; e++) {
      order[e] = e;
    }
    Random random = new Random(SEED);
    double[] sums = new double[k];
    double[] gradients = new double[k];
    int[] active = new int[k];
    for (int epoch = 0; epoch < EPOCHS; epoch++) {
      shuffle(order, random);
      for (int e : order) {
        CueModel.Example example = examples.get(e);
        int[] cues = example.cues();
        fit.weights.score(cues, sums);
        int allowed = allowedBy[example.role().ordinal()];
        int count = 0;
        for (int j = 0; j < k; j++) {
          double g = (allowed >>> j & 1) == 0 ? 0 : sigmoid(sums[j]) - (labels[e] >>> j & 1);
          if (Math.abs(g) >= SETTLED) {
            gradients[count] = g;
            active[count++] = j;
          }
        }
        if (count > 0) {
          fit.update(cueCount, active, gradients, count, 0); // no L1 on the bias
          for (int cue : cues) {
            fit.update(cue, active, gradients, count, L1);
          }
        }
      }
    }
    double[] w = fit.weights.w;
    for (int i = 0; i < cueCount * k; i++) { // the biases, last, are kept
      if (Math.abs(w[i]) < SMALLEST) {
        w[i] = 0;
      }
    }
    return fit.weights;
  }

  /** The bits, in the order of {@code signals}, of those that pass {@code test}. */
  private static int bits(List<Signal> signals, Predicate<Signal> test) {
    int bits = 0;
    for (int j = 0; j < signals.size(); j++) {
      bits |= test.test(signals.get(j)) ? 1 << j : 0;
    }
    return bits;
  }

  private static void shuffle(int[] order, Random random) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
  }

  private static double sigmoid(double x) {
    return 1 / (1 + StrictMath.exp(-Math.max(-35, Math.min(35, x)))); // the same on every JVM
  }

  /** FTRL-Proximal's state beside the weights it sets, per cue and signal, flat by cue. */
  private static final class Fit {
    private final double[] z;
    /** The square root of the sum of squared gradients. */
    private final double[] root;
    final Weights weights;

    Fit(int cues, int k) {
      z = new double[cues * k];
      root = new double[cues * k];
      weights = new Weights(new double[cues * k], k, cues - 1);
    }

    /** Steps cue {@code cue}'s weights for the first {@code count} signals of {@code active}. */
    void update(int cue, int[] active, double[] gradients, int count, double l1) {
      double[] w = weights.w;
      int at = cue * weights.k;
      for (int a = 0; a < count; a++) {
        double g = gradients[a];
        int i = at + active[a];
        double r = Math.sqrt(root[i] * root[i] + g * g);
        double zi = z[i] + g - (r - root[i]) / ALPHA * w[i];
        z[i] = zi;
        root[i] = r;
        w[i] = Math.abs(zi) <= l1 ? 0 : -(zi - Math.signum(zi) * l1) / ((BETA + r) / ALPHA + L2);
      }
    }
  }

  /** Learned weights: a bias and a weight per cue for each signal, zero for most. */
  static final class Weights {
    private final double[] w;
    private final int k;
    private final int bias;

    private Weights(double[] w, int k, int bias) {
      this.w = w;
      this.k = k;
      this.bias = bias;
    }

    double weight(int cue, int signal) {
      return w[cue * k + signal];
    }

    double bias(int signal) {
      return w[bias * k + signal];
    }

    /** Every signal's score for an example's cues, into {@code sums}. */
    void score(int[] cues, double[] sums) {
      System.arraycopy(w, bias * k, sums, 0, k);
      for (int cue : cues) {
        int at = cue * k;
        for (int j = 0; j < k; j++) {
          sums[j] += w[at + j];
        }
      }
    }
  }
}
