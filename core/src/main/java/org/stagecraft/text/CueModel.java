package org.stagecraft.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.stagecraft.Signal;
import org.stagecraft.SpeakerRole;

/**
 * Weighted cue words for the signals people express in open-ended words (fit, trust, hope, pain
 * and the like), learned when the class loads from our development corpora, which ship in this
 * package. For each signal it keeps the log-odds of every word and word pair (naive Bayes with
 * add-one smoothing, over words present or absent) and a threshold chosen by five-fold
 * cross-validation on the same corpora to maximise F0.5, favouring precision: the phrase rules
 * come first, and a cue should add a signal only when it is fairly sure. Scoring an utterance
 * sums the weights of its words: linear in its length, deterministic, and explainable by its
 * strongest cues.
 *
 * <p>Immutable and thread-safe once built.
 */
final class CueModel {
  /**
   * The signals the model may add; the questions are left to {@link Questions}. No fit ends a
   * consultative conversation, so its threshold favours precision more ({@link #recallWeight}).
   */
  static final Set<Signal> SIGNALS = Set.copyOf(Signal.wellKnown().stream()
      .filter(s -> s != Signal.OPEN_QUESTION && s != Signal.CLOSED_QUESTION).toList());
  /** The development corpora, in this package. */
  static final List<String> CORPORA =
      List.of("dev.tsv", "dev2.tsv", "dev3.tsv", "dev4.tsv", "dev5.tsv", "dev6.tsv", "dev7.tsv",
          "dev8.tsv");
  private static final int FOLDS = 5;
  /**
   * The least log-odds weight a cue keeps for a signal: e, about 2.7 times as likely with the
   * signal as without. Weaker cues are mostly common words ("the", "we") that add a little to
   * every signal in every sentence: dropping them was more accurate (macro F1 of dev3 to dev8,
   * each measured with cues learned from the other corpora, averaged: 0.667 → 0.673) and faster
   * (docs/classifier.md, sixth round). Our own choice, from 0, 0.25, 0.5, 1, 1.5, 2 and 3 tried.
   */
  static final double MIN_WEIGHT = 1.0;
  private static final String[] NO_WORDS = {};

  /** A labelled utterance reduced to its cues, by their index in the model's list of cues. */
  record Example(SpeakerRole role, int[] cues, Set<Signal> labels) {}

  /**
   * Each cue's weight for one signal by cue index (0 where the cue does not speak for it), and
   * the signal's bias.
   */
  private record Trained(double[] byCue, double bias) {}

  /** The signals in a fixed order, the index of each cue's weight vector. */
  private final List<Signal> order;
  /**
   * The cues' weights, laid out for scoring: for the seller, then the prospect, without the
   * signals the role cannot show ({@link #allowed}), whose sums no one reads. A cue that speaks
   * only for those is no cue for the role.
   */
  private final CueIndex[] byRole = new CueIndex[2];
  /** Each signal's bias minus its threshold, plus the role's weight: seller, then prospect. */
  private final double[][] base;

  private CueModel(List<Example> examples, List<String> cueNames) {
    this.order = Signal.wellKnown().stream().filter(SIGNALS::contains).toList();
    List<String> roles = List.of(roleCue(SpeakerRole.SELLER), roleCue(SpeakerRole.PROSPECT));
    List<Map<String, Double>> byCue = new ArrayList<>();
    base = new double[2][order.size()];
    for (int k = 0; k < order.size(); k++) {
      Signal signal = order.get(k);
      Trained trained = train(examples, cueNames.size(), signal);
      double offset = trained.bias() - threshold(examples, cueNames.size(), signal);
      Map<String, Double> words = new HashMap<>();
      for (int cue = 0; cue < cueNames.size(); cue++) {
        if (trained.byCue()[cue] > 0) {
          words.put(cueNames.get(cue), trained.byCue()[cue]);
        }
      }
      for (int r = 0; r < 2; r++) {
        base[r][k] = offset + words.getOrDefault(roles.get(r), 0.0);
      }
      words.keySet().removeAll(roles); // in the base: no word is written like these
      byCue.add(words);
    }
    for (int r = 0; r < 2; r++) {
      SpeakerRole role = r == 0 ? SpeakerRole.SELLER : SpeakerRole.PROSPECT;
      List<Map<String, Double>> forRole = new ArrayList<>();
      for (int k = 0; k < order.size(); k++) {
        forRole.add(allowed(order.get(k), role) ? byCue.get(k) : Map.of());
      }
      byRole[r] = new CueIndex(forRole);
    }
  }

  private static final Set<Signal> PROSPECT_ONLY = Set.of(Signal.PAIN, Signal.GOAL,
      Signal.OBJECTION, Signal.CONFIRMED, Signal.PROSPECT_STOP, Signal.COMMITMENT);
  private static final Set<Signal> SELLER_ONLY = Set.of(Signal.EMPATHY, Signal.DIAGNOSIS,
      Signal.PRESCRIPTION, Signal.ASKED_FOR_SALE, Signal.TRIAL_CLOSE, Signal.ASSUMPTIVE_CLOSE,
      Signal.PRESSURE, Signal.DISCOUNT);

  /** Whether {@code role} can show {@code signal}, as for the phrase rules. */
  static boolean allowed(Signal signal, SpeakerRole role) {
    if (role == SpeakerRole.OTHER) {
      return false;
    }
    if (PROSPECT_ONLY.contains(signal)) {
      return role == SpeakerRole.PROSPECT;
    }
    return !SELLER_ONLY.contains(signal) || role == SpeakerRole.SELLER;
  }

  /** The signals of {@link SentenceScores}, in order. */
  List<Signal> order() {
    return order;
  }

  /** The index of {@code signal} in {@link #order()}, or -1 if the model does not score it. */
  int index(Signal signal) {
    return order.indexOf(signal);
  }

  /** Scores sentences one at a time, reusing its tables: one per thread or per transcript. */
  SentenceScores scores() {
    return new SentenceScores();
  }

  /**
   * Every signal's score for one sentence at a time, in {@link #order()}, zero or more meaning
   * yes, and the cues behind them, to explain a signal by its strongest cues without a second
   * pass. Each distinct word and word pair counts once. One pass over the words, one array probe
   * per word. Scored a sentence at a time, since the model sums only evidence for a signal: over a
   * long turn it would add up to a yes for nearly everything. Not thread-safe; one per call.
   */
  final class SentenceScores {
    private final double[] total = new double[order.size()];
    /** The stems of the text of the sentence scored last. */
    private String[] stems = NO_WORDS;
    /**
     * The vectors counted, in order, and where each one's word is: its index times two, plus one
     * for a pair.
     */
    private int[] counted = new int[32];
    private int[] at = new int[32];
    private int count;
    /**
     * For each vector, the sentence in which it was last counted ({@link #sentence}): a vector
     * is new to a sentence unless stamped with its number, so nothing is cleared between them.
     */
    private final int[] stamp = new int[Math.max(byRole[0].size(), byRole[1].size())];
    private int sentence;
    /** The weights of the role of the sentence scored last. */
    private CueIndex index = byRole[0];

    private SentenceScores() {}

    /**
     * Scores sentence {@code s} of {@code text}, said by the seller or the prospect, forgetting
     * the sentence before. The scores of the signals the role cannot show are left at their base.
     */
    SentenceScores score(Sentences.Text text, int s, SpeakerRole role) {
      int r = role == SpeakerRole.SELLER ? 0 : 1;
      System.arraycopy(base[r], 0, total, 0, total.length);
      CueIndex index = byRole[r];
      this.index = index;
      String[] words = text.stems;
      int[] ids = text.stemIds;
      int to = text.to(s);
      int from = text.from(s);
      stems = words;
      if (counted.length < 2 * (to - from)) { // a word and a pair at most per word
        counted = new int[2 * (to - from)];
        at = new int[counted.length];
      }
      int[] counted = this.counted;
      int[] at = this.at;
      int count = 0;
      int sentence = nextSentence();
      int[] stamp = this.stamp;
      double[] total = this.total;
      for (int i = from; i < to; i++) {
        int word = index.word(words[i], ids[i]);
        if (word >= 0 && stamp[word] != sentence) { // each distinct cue counts once
          stamp[word] = sentence;
          counted[count] = word;
          at[count++] = i << 1;
          index.addTo(word, total); // only the weights that are not zero: the same sums
        }
        int pair = i + 1 < to ? index.pair(words[i], ids[i], words[i + 1], ids[i + 1]) : -1;
        if (pair >= 0 && stamp[pair] != sentence) {
          stamp[pair] = sentence;
          counted[count] = pair;
          at[count++] = i << 1 | 1;
          index.addTo(pair, total);
        }
      }
      this.count = count;
      return this;
    }

    /** The number of the next sentence scored. */
    private int nextSentence() {
      if (++sentence == 0) { // after 2^32 sentences, the stamps start again
        Arrays.fill(stamp, 0);
        sentence = 1;
      }
      return sentence;
    }

    /** Lets go of the last sentence's words, so that no text is kept between utterances. */
    void forget() {
      stems = NO_WORDS;
    }

    /** The score of each signal, in {@link #order()}: zero or more means yes. */
    double[] totals() {
      return total;
    }

    /**
     * The (at most three) cues of the sentence scored last that weigh most toward signal {@code
     * k}, strongest first; of equal weights, the one met first.
     */
    String why(int k) {
      int[] best = {-1, -1, -1};
      double[] bestWeight = new double[best.length];
      for (int j = 0; j < count; j++) {
        double w = index.weight(counted[j], k);
        if (w <= 0) {
          continue;
        }
        for (int b = 0; b < best.length; b++) {
          if (best[b] < 0 || w > bestWeight[b]) {
            System.arraycopy(best, b, best, b + 1, best.length - b - 1);
            System.arraycopy(bestWeight, b, bestWeight, b + 1, best.length - b - 1);
            best[b] = j;
            bestWeight[b] = w;
            break;
          }
        }
      }
      StringBuilder joined = new StringBuilder();
      for (int b = 0; b < best.length && best[b] >= 0; b++) {
        int word = at[best[b]] >> 1;
        joined.append(b == 0 ? "" : ", ").append(stems[word]);
        if ((at[best[b]] & 1) != 0) {
          joined.append(' ').append(stems[word + 1]);
        }
      }
      return joined.toString();
    }
  }

  /** The model learned from all the development corpora in this package. */
  static CueModel load() {
    return learn(CORPORA);
  }

  /** A model learned from some of the corpora, for cross-validation. */
  static CueModel learn(List<String> corpora) {
    List<Example> examples = new ArrayList<>();
    Map<String, Integer> indices = new HashMap<>();
    List<String> names = new ArrayList<>();
    for (String corpus : corpora) {
      for (LabelledCorpus.Line line : LabelledCorpus.read(corpus)) {
        Set<String> cues = cues(Sentences.of(line.text()));
        cues.add(roleCue(line.role()));
        int[] indexed = new int[cues.size()];
        int i = 0;
        for (String cue : cues) {
          indexed[i++] = indices.computeIfAbsent(cue, name -> {
            names.add(name);
            return names.size() - 1;
          });
        }
        examples.add(new Example(line.role(), indexed, line.labels()));
      }
    }
    return new CueModel(examples, names);
  }

  /** A cue that stands for the speaker's role: some words weigh differently by role. */
  private static String roleCue(SpeakerRole role) {
    return role == SpeakerRole.SELLER ? "<seller>" : "<prospect>";
  }

  /** Words and adjacent word pairs of every sentence, as a set. */
  static Set<String> cues(Sentences.Text text) {
    Set<String> cues = new LinkedHashSet<>();
    String[] words = text.stems;
    for (int s = 0; s < text.sentences; s++) {
      int to = text.to(s);
      for (int i = text.from(s); i < to; i++) {
        cues.add(words[i]);
        if (i + 1 < to) {
          cues.add(words[i] + " " + words[i + 1]);
        }
      }
    }
    return cues;
  }

  /** Counts in arrays by cue index: the model is learned at start-up, 120 times a signal set. */
  private static Trained train(List<Example> examples, int cueCount, Signal signal) {
    int[] inPositives = new int[cueCount];
    int[] inNegatives = new int[cueCount];
    int positives = 0;
    int negatives = 0;
    for (Example e : examples) {
      boolean positive = e.labels().contains(signal);
      if (positive) {
        positives++;
      } else {
        negatives++;
      }
      int[] counts = positive ? inPositives : inNegatives;
      for (int cue : e.cues()) {
        counts[cue]++;
      }
    }
    double[] byCue = new double[cueCount];
    for (int cue = 0; cue < cueCount; cue++) {
      if (inPositives[cue] == 0) {
        continue; // only cues seen with the signal can speak for it
      }
      double weight = Math.log((inPositives[cue] + 1.0) / (positives + 2.0))
          - Math.log((inNegatives[cue] + 1.0) / (negatives + 2.0));
      if (weight > MIN_WEIGHT) {
        byCue[cue] = weight;
      }
    }
    return new Trained(byCue, Math.log((positives + 1.0) / (negatives + 1.0)));
  }

  /**
   * How much recall counts against precision (beta squared of the F-measure) when a signal's
   * threshold is chosen: a quarter (F0.5) for most; a no fit ends a consultative conversation
   * (the playbook's refer-out), so a wrong one costs far more, and its weight is a sixteenth
   * (F0.25): over a third fewer false no-fits for a fifth of a point of macro F1. Our own
   * choice, from F0.5, F0.25 and F0.1 measured (docs/classifier.md, sixth round).
   */
  static double recallWeight(Signal signal) {
    return signal.equals(Signal.NO_FIT) ? 0.0625 : 0.25;
  }

  /**
   * The threshold with the best F-measure ({@link #recallWeight}) over five folds, each scored
   * by a model trained on the other four.
   */
  private static double threshold(List<Example> examples, int cueCount, Signal signal) {
    List<double[]> scored = new ArrayList<>(); // [score, positive ? 1 : 0]
    for (int fold = 0; fold < FOLDS; fold++) {
      List<Example> train = new ArrayList<>();
      List<Example> test = new ArrayList<>();
      for (int i = 0; i < examples.size(); i++) {
        (i % FOLDS == fold ? test : train).add(examples.get(i));
      }
      Trained w = train(train, cueCount, signal);
      for (Example e : test) {
        double s = w.bias();
        for (int cue : e.cues()) {
          s += w.byCue()[cue];
        }
        scored.add(new double[] {s, e.labels().contains(signal) ? 1 : 0});
      }
    }
    return bestThreshold(scored, recallWeight(signal));
  }

  /**
   * Of the distinct scores, the lowest whose "at or above it" has the best F-measure with recall
   * weighted by {@code recallWeight} (beta squared; a quarter, F0.5, as a wrong cue in a coaching
   * report costs more than a missed one). One sweep from the highest score down, so that the
   * corpora can grow without the start-up growing with their square.
   */
  static double bestThreshold(List<double[]> scored, double recallWeight) {
    double[][] byScore = scored.toArray(new double[0][]);
    Arrays.sort(byScore, (a, b) -> Double.compare(b[0], a[0]));
    int positives = 0;
    for (double[] x : byScore) {
      positives += x[1] == 1 ? 1 : 0;
    }
    double best = Double.POSITIVE_INFINITY;
    double bestF = -1;
    int tp = 0;
    int fp = 0;
    for (int i = 0; i < byScore.length; i++) {
      if (byScore[i][1] == 1) {
        tp++;
      } else {
        fp++;
      }
      if (i + 1 < byScore.length && byScore[i + 1][0] == byScore[i][0]) {
        continue; // a threshold says every score equal to it
      }
      int fn = positives - tp;
      double f = tp == 0 ? 0
          : (1 + recallWeight) * tp / ((1 + recallWeight) * tp + recallWeight * fn + fp);
      if (f >= bestF) { // going down, so a tie goes to the lower threshold
        bestF = f;
        best = byScore[i][0];
      }
    }
    return best;
  }

  @Override
  public String toString() {
    return "CueModel" + order;
  }
}
