package org.stagecraft.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.stagecraft.Signal;
import org.stagecraft.event.Utterance;
import org.stagecraft.spi.SignalClassifier;

/**
 * Precision, recall and F1 per signal of a classifier over a labelled corpus file of lines
 * {@code ROLE<TAB>TEXT<TAB>LABELS} ({@code -} for none; {@code #} starts a comment).
 */
final class CorpusEvaluation {
  /** Counts for one signal. */
  static final class Counts {
    int truePositives;
    int falsePositives;
    int falseNegatives;

    double precision() {
      return ratio(truePositives, truePositives + falsePositives);
    }

    double recall() {
      return ratio(truePositives, truePositives + falseNegatives);
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double ratio(int a, int b) {
      return b == 0 ? 1 : (double) a / b;
    }
  }

  final Map<Signal, Counts> bySignal = new TreeMap<>((a, b) -> a.name().compareTo(b.name()));
  final List<String> mistakes = new ArrayList<>();

  static List<LabelledCorpus.Line> load(String resource) {
    return LabelledCorpus.read(resource);
  }

  static CorpusEvaluation run(SignalClassifier classifier, List<LabelledCorpus.Line> examples) {
    CorpusEvaluation evaluation = new CorpusEvaluation();
    for (Signal signal : Signal.wellKnown()) {
      evaluation.bySignal.put(signal, new Counts());
    }
    for (LabelledCorpus.Line example : examples) {
      Set<Signal> predicted = new LinkedHashSet<>();
      classifier.classify(Utterance.of(example.role(), example.text()), null)
          .forEach(d -> predicted.add(d.signal()));
      for (Signal signal : Signal.wellKnown()) {
        boolean want = example.labels().contains(signal);
        boolean got = predicted.contains(signal);
        Counts counts = evaluation.bySignal.get(signal);
        if (want && got) {
          counts.truePositives++;
        } else if (got) {
          counts.falsePositives++;
          evaluation.mistakes.add("FP " + signal + " line " + example.number() + ": "
              + example.text());
        } else if (want) {
          counts.falseNegatives++;
          evaluation.mistakes.add("FN " + signal + " line " + example.number() + ": "
              + example.text());
        }
      }
    }
    return evaluation;
  }

  /** The mean F1 over the signals that occur in the labels. */
  double macroF1() {
    return bySignal.values().stream().filter(c -> c.truePositives + c.falseNegatives > 0)
        .mapToDouble(Counts::f1).average().orElse(0);
  }

  /** F1 of question detection: open and closed counted together as "a question". */
  double questionF1() {
    Counts both = new Counts();
    for (Signal s : List.of(Signal.OPEN_QUESTION, Signal.CLOSED_QUESTION)) {
      both.truePositives += bySignal.get(s).truePositives;
      both.falsePositives += bySignal.get(s).falsePositives;
      both.falseNegatives += bySignal.get(s).falseNegatives;
    }
    return both.f1();
  }

  String table() {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
        "%-18s %5s %5s %5s %6s %6s %6s%n", "signal", "tp", "fp", "fn", "prec", "recall", "f1"));
    bySignal.forEach((signal, c) -> out.append(String.format(Locale.ROOT,
        "%-18s %5d %5d %5d %6.2f %6.2f %6.2f%n", signal, c.truePositives, c.falsePositives,
        c.falseNegatives, c.precision(), c.recall(), c.f1())));
    out.append(String.format(Locale.ROOT, "macro F1 %.3f, question F1 %.3f%n", macroF1(),
        questionF1()));
    return out.toString();
  }
}
