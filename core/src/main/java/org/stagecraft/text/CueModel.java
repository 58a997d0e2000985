package org.stagecraft.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
 * and the like), learned from our development corpora, which ship in this package, when the
 * project is built ({@link CueModelFile}). For each signal it keeps a weight for the words and
 * word pairs that speak for or against it (a logistic regression, {@link CueTrainer}) and a
 * threshold chosen by five-fold cross-validation on the same corpora to favour precision ({@link
 * #recallWeight}): the phrase rules come first, and a cue should add a signal only when it is
 * fairly sure. Scoring an utterance sums the weights of its words: linear in its length,
 * deterministic, and explainable by its strongest cues.
 *
 * <p>Immutable and thread-safe once built.
 */
final class CueModel {
  /**
   * The signals the model may add; the questions are left to {@link Questions}. No fit and a
   * prospect's stop end a consultative conversation, so their thresholds favour precision more
   * ({@link #recallWeight}).
   */
  static final Set<Signal> SIGNALS = Set.copyOf(Signal.wellKnown().stream()
      .filter(s -> s != Signal.OPEN_QUESTION && s != Signal.CLOSED_QUESTION).toList());
  /** The development corpora, in this package. */
  static final List<String> CORPORA =
      List.of("dev.tsv", "dev2.tsv", "dev3.tsv", "dev4.tsv", "dev5.tsv", "dev6.tsv", "dev7.tsv",
          "dev8.tsv", "dev9.tsv", "dev10.tsv", "dev11.tsv", "dev12.tsv", "dev13.tsv",
          "dev14.tsv", "dev15.tsv", "dev16.tsv", "dev17.tsv", "dev18.tsv", "dev19.tsv",
          "dev20.tsv", "dev21.tsv", "dev22.tsv");
  private static final int FOLDS = 5;
  /**
   * The largest share of the corpora's lines a word or pair may occur in and still be a cue.
   * Words in nearly every line ("the", "you", "so") tell the signals apart little and would add
   * a row of weights for nearly every word scored; leaving out those in over 5% of lines cost no
   * accuracy that cross-validation can tell from noise and made scoring as fast as it was with
   * the naive Bayes model (docs/classifier.md, seventh round). Our own choice, from 2%, 3%, 5%,
   * 10% and none tried.
   */
  static final double MAX_SHARE = 0.05;
  private static final String[] NO_WORDS = {};
  /** The kinds of cue, as {@link SentenceScores} notes where it met each one. */
  private static final int WORD = 0;
  private static final int PAIR = 1;
  private static final int OPENING = 2;

  /** A labelled utterance reduced to its cues, by their index in the model's list of cues. */
  record Example(SpeakerRole role, int[] cues, Set<Signal> labels) {}

  /** The signals in a fixed order, the index of each cue's weight vector. */
  private final List<Signal> order;
  /**
   * The cues' weights, laid out for scoring: for the seller, then the prospect, each with the
   * columns of the signals the role can show ({@link #allowed}, {@link #column}) only. A cue that
   * speaks only for the others is no cue for the role.
   */
  private final CueIndex[] byRole = new CueIndex[2];
  /** Each signal's bias minus its threshold, plus the role's weight: seller, then prospect. */
  private final float[][] base;

  /**
   * What learning produced: the signals in {@link #order()}, each signal's weight by cue (written
   * as a stem, or two stems and a space; zero weights left out), and each signal's bias minus its
   * threshold plus the role's weight, for the seller, then the prospect. {@link CueModelFile}
   * writes it at build time, so that the model need not be learned again at start-up.
   */
  record Learned(List<Signal> order, List<Map<String, Double>> byCue, float[][] base) {}

  private CueModel(Learned learned) {
    this.order = learned.order();
    this.base = learned.base();
    int sellerOnly = (int) order.stream().filter(SELLER_ONLY::contains).count();
    int prospectOnly = (int) order.stream().filter(PROSPECT_ONLY::contains).count();
    byRole[0] = new CueIndex(learned.byCue(), 0, order.size() - prospectOnly);
    byRole[1] = new CueIndex(learned.byCue(), sellerOnly, order.size());
  }

  /** The signals in the order of their weights: see {@link #column}. */
  static List<Signal> signalOrder() {
    return Signal.wellKnown().stream().filter(SIGNALS::contains)
        .sorted(Comparator.comparingInt(CueModel::column)).toList();
  }

  /** Learns the weights and thresholds from {@code examples}, whose cues are {@code cueNames}. */
  private static Learned weigh(List<Example> examples, List<String> cueNames) {
    List<Signal> order = signalOrder();
    List<String> roles = List.of(roleCue(SpeakerRole.SELLER), roleCue(SpeakerRole.PROSPECT));
    CueTrainer.Weights learned = CueTrainer.learn(examples, cueNames.size(), order);
    double[] thresholds = thresholds(examples, cueNames.size(), order);
    List<Map<String, Double>> byCue = new ArrayList<>();
    float[][] base = new float[2][order.size()];
    for (int k = 0; k < order.size(); k++) {
      Map<String, Double> words = new HashMap<>();
      for (int cue = 0; cue < cueNames.size(); cue++) {
        if (learned.weight(cue, k) != 0) {
          words.put(cueNames.get(cue), learned.weight(cue, k));
        }
      }
      for (int r = 0; r < 2; r++) {
        base[r][k] =
            (float) (learned.bias(k) - thresholds[k] + words.getOrDefault(roles.get(r), 0.0));
      }
      words.keySet().removeAll(roles); // in the base: no word is written like these
      byCue.add(words);
    }
    return new Learned(order, byCue, base);
  }

  /**
   * Where {@code signal} stands in {@link #order()}: the seller's own signals, then those of
   * both roles, then the prospect's, so that each role's weights are one run of columns.
   */
  private static int column(Signal signal) {
    return SELLER_ONLY.contains(signal) ? 0 : PROSPECT_ONLY.contains(signal) ? 2 : 1;
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
   * Every signal's score for one sentence at a time, in {@link #order()}, zero or more meaning yes,
   * and the cues behind them, to explain a signal by its strongest cues without a second pass. Each
   * distinct cue counts once. One pass over the words, one array probe per word and one for the
   * sentence's opening. Scored a sentence at a time: the model learned from short lines, and over a
   * long turn it would sum many weak cues into a yes. Not thread-safe; one per call.
   */
  final class SentenceScores {
    private final float[] total = new float[order.size()];
    /** The stems of the text of the sentence scored last. */
    private String[] stems = NO_WORDS;
    /**
     * The vectors counted, in order, and where each one's word is: its index times four, plus its
     * kind ({@link #WORD}, {@link #PAIR} or {@link #OPENING}).
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
      if (counted.length < 2 * (to - from) + 1) { // a word and a pair per word, one opening
        counted = new int[2 * (to - from) + 1];
        at = new int[counted.length];
      }
      int[] counted = this.counted;
      int[] at = this.at;
      int count = 0;
      int sentence = nextSentence();
      int[] stamp = this.stamp;
      float[] total = this.total;
      int opening = from < to ? index.opening(words[from], ids[from]) : -1;
      if (opening >= 0) { // first: no other cue of the sentence can be stamped yet
        stamp[opening] = sentence;
        counted[count] = opening;
        at[count++] = from << 2 | OPENING;
        index.addTo(opening, total);
      }
      for (int i = from; i < to; i++) {
        int word = index.word(words[i], ids[i]);
        if (word >= 0 && stamp[word] != sentence) { // each distinct cue counts once
          stamp[word] = sentence;
          counted[count] = word;
          at[count++] = i << 2 | WORD;
          index.addTo(word, total);
        }
        int pair = i + 1 < to ? index.pair(words[i], ids[i], words[i + 1], ids[i + 1]) : -1;
        if (pair >= 0 && stamp[pair] != sentence) {
          stamp[pair] = sentence;
          counted[count] = pair;
          at[count++] = i << 2 | PAIR;
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
    float[] totals() {
      return total;
    }

    /**
     * The (at most three) cues of the sentence scored last that weigh most toward signal {@code
     * k}, strongest first; of equal weights, the one met first.
     */
    String why(int k) {
      int[] best = {-1, -1, -1};
      float[] bestWeight = new float[best.length];
      for (int j = 0; j < count; j++) {
        float w = index.weight(counted[j], k);
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
        int word = at[best[b]] >> 2;
        int kind = at[best[b]] & 3;
        joined.append(b == 0 ? "" : ", ")
            .append(kind == OPENING ? CueIndex.opening(stems[word]) : stems[word]);
        if (kind == PAIR) {
          joined.append(' ').append(stems[word + 1]);
        }
      }
      return joined.toString();
    }
  }

  /**
   * The model learned from all the development corpora in this package: as the build wrote it
   * ({@link CueModelFile}), or learned now if the build did not (a class path made by an IDE).
   */
  static CueModel load() {
    Learned written = CueModelFile.readShipped();
    return new CueModel(written != null ? written : learned(CORPORA));
  }

  /** The model of {@code learned}: one read from a file, or made by hand in a test. */
  static CueModel of(Learned learned) {
    return new CueModel(learned);
  }

  /** A model learned from some of the corpora, for cross-validation. */
  static CueModel learn(List<String> corpora) {
    return new CueModel(learned(corpora));
  }

  /** What learning from {@code corpora} produces. */
  static Learned learned(List<String> corpora) {
    List<LabelledCorpus.Line> lines = new ArrayList<>();
    List<Set<String>> cuesOf = new ArrayList<>();
    Map<String, Integer> linesWith = new HashMap<>();
    for (String corpus : corpora) {
      for (LabelledCorpus.Line line : LabelledCorpus.read(corpus)) {
        Set<String> cues = cues(Sentences.of(line.text()));
        lines.add(line);
        cuesOf.add(cues);
        cues.forEach(cue -> linesWith.merge(cue, 1, Integer::sum));
      }
    }
    double most = MAX_SHARE * lines.size();
    List<Example> examples = new ArrayList<>();
    Map<String, Integer> indices = new HashMap<>();
    List<String> names = new ArrayList<>();
    for (int l = 0; l < lines.size(); l++) {
      LabelledCorpus.Line line = lines.get(l);
      List<String> cues = new ArrayList<>();
      cuesOf.get(l).stream().filter(cue -> linesWith.get(cue) <= most).forEach(cues::add);
      cues.add(roleCue(line.role()));
      int[] indexed = new int[cues.size()];
      for (int i = 0; i < indexed.length; i++) {
        indexed[i] = indices.computeIfAbsent(cues.get(i), name -> {
          names.add(name);
          return names.size() - 1;
        });
      }
      examples.add(new Example(line.role(), indexed, line.labels()));
    }
    return weigh(examples, names);
  }

  /** A cue that stands for the speaker's role: some words weigh differently by role. */
  private static String roleCue(SpeakerRole role) {
    return role == SpeakerRole.SELLER ? "<seller>" : "<prospect>";
  }

  /**
   * Words and adjacent word pairs of every sentence, and each sentence's first word as an
   * opening ({@link CueIndex#opening}: "so", "honestly", "what" weigh differently when they lead),
   * as a set.
   */
  static Set<String> cues(Sentences.Text text) {
    Set<String> cues = new LinkedHashSet<>();
    String[] words = text.stems;
    for (int s = 0; s < text.sentences; s++) {
      int to = text.to(s);
      if (text.from(s) < to) {
        cues.add(CueIndex.opening(words[text.from(s)]));
      }
      for (int i = text.from(s); i < to; i++) {
        cues.add(words[i]);
        if (i + 1 < to) {
          cues.add(words[i] + " " + words[i + 1]);
        }
      }
    }
    return cues;
  }

  /** The signals that end a consultative call in the default playbook: refer-out, or a stop. */
  private static final Set<Signal> ENDS_THE_CALL = Set.of(Signal.NO_FIT, Signal.PROSPECT_STOP);

  /**
   * How much recall counts against precision (beta squared of the F-measure) when a signal's
   * threshold is chosen: a half (F0.71) for most, as a wrong cue in a coaching report costs more
   * than a missed one (chosen from a quarter, a half and one: docs/classifier.md, seventh
   * round). A no fit or a prospect's stop ends a consultative call (the playbook's refer-out or
   * stop), so a wrong one costs far more, and their weight is a sixteenth (F0.25; for no fit
   * since the sixth round, for the stop since the seventh). Our own choices.
   */
  static double recallWeight(Signal signal) {
    return ENDS_THE_CALL.contains(signal) ? 0.0625 : 0.5;
  }

  /**
   * Each signal's threshold with the best F-measure ({@link #recallWeight}) over five folds, each
   * scored by weights learned from the other four, over the examples of the roles that can show
   * it.
   */
  private static double[] thresholds(List<Example> examples, int cueCount, List<Signal> order) {
    List<List<double[]>> scored = new ArrayList<>(); // per signal: [score, positive ? 1 : 0]
    for (int k = 0; k < order.size(); k++) {
      scored.add(new ArrayList<>());
    }
    double[] sums = new double[order.size()];
    for (int fold = 0; fold < FOLDS; fold++) {
      List<Example> train = new ArrayList<>();
      List<Example> test = new ArrayList<>();
      for (int i = 0; i < examples.size(); i++) {
        (i % FOLDS == fold ? test : train).add(examples.get(i));
      }
      CueTrainer.Weights weights = CueTrainer.learn(train, cueCount, order);
      for (Example e : test) {
        weights.score(e.cues(), sums);
        for (int k = 0; k < order.size(); k++) {
          if (allowed(order.get(k), e.role())) {
            scored.get(k).add(new double[] {sums[k], e.labels().contains(order.get(k)) ? 1 : 0});
          }
        }
      }
    }
    double[] thresholds = new double[order.size()];
    for (int k = 0; k < order.size(); k++) {
      thresholds[k] = bestThreshold(scored.get(k), recallWeight(order.get(k)));
    }
    return thresholds;
  }

  /**
   * Of the distinct scores, the lowest whose "at or above it" has the best F-measure with recall
   * weighted by {@code recallWeight} (beta squared, {@link #recallWeight}). One sweep from the
   * highest score down, so that the corpora can grow without learning growing with their square.
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
