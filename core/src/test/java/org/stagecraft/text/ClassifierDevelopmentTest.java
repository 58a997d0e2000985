package org.stagecraft.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reports the classifier's figures on the development corpora ({@link CueModel#CORPORA}): the
 * rules are tuned on them all (the first three first), the cue model learns from all; guards them against
 * regressions; and cross-validates the cue model: learned from all corpora but one, measured on
 * that one. {@code -Dstagecraft.mistakes=true} lists every error on the development corpora.
 */
class ClassifierDevelopmentTest {
  private static final String DIR = "/org/stagecraft/text/";

  @Test
  void development_corpus_figures() {
    List<LabelledCorpus.Line> first = new ArrayList<>(CorpusEvaluation.load(DIR + "dev.tsv"));
    first.addAll(CorpusEvaluation.load(DIR + "dev2.tsv"));
    CorpusEvaluation dev = CorpusEvaluation.run(EnglishSignalClassifier.create(), first);
    CorpusEvaluation dev3 = CorpusEvaluation.run(EnglishSignalClassifier.create(),
        CorpusEvaluation.load(DIR + "dev3.tsv"));
    CorpusEvaluation dev4 = CorpusEvaluation.run(EnglishSignalClassifier.create(),
        CorpusEvaluation.load(DIR + "dev4.tsv"));
    List<LabelledCorpus.Line> fifth = new ArrayList<>(CorpusEvaluation.load(DIR + "dev5.tsv"));
    fifth.addAll(CorpusEvaluation.load(DIR + "dev6.tsv"));
    CorpusEvaluation dev56 = CorpusEvaluation.run(EnglishSignalClassifier.create(), fifth);
    List<LabelledCorpus.Line> sixth = new ArrayList<>(CorpusEvaluation.load(DIR + "dev7.tsv"));
    sixth.addAll(CorpusEvaluation.load(DIR + "dev8.tsv"));
    CorpusEvaluation dev78 = CorpusEvaluation.run(EnglishSignalClassifier.create(), sixth);

    System.out.print("development corpus, dev + dev2:\n" + dev.table()
        + "development corpus, dev3:\n" + dev3.table()
        + "development corpus, dev4:\n" + dev4.table()
        + "development corpus, dev5 + dev6:\n" + dev56.table()
        + "development corpus, dev7 + dev8:\n" + dev78.table());
    if (Boolean.getBoolean("stagecraft.mistakes")) {
      dev.mistakes.forEach(System.out::println);
      dev3.mistakes.forEach(m -> System.out.println("dev3 " + m));
      dev4.mistakes.forEach(m -> System.out.println("dev4 " + m));
      dev56.mistakes.forEach(m -> System.out.println("dev5/6 " + m));
      dev78.mistakes.forEach(m -> System.out.println("dev7/8 " + m));
    }
    // regression guards on the tuned sets, at the figures measured (docs/classifier.md)
    assertThat(dev.macroF1()).isGreaterThanOrEqualTo(0.97);
    assertThat(dev.questionF1()).isGreaterThanOrEqualTo(0.98);
    assertThat(dev3.macroF1()).isGreaterThanOrEqualTo(0.97);
    // dev3's writer asks either-or questions as open ones; later writers, and the rule, close them
    assertThat(dev3.questionF1()).isGreaterThanOrEqualTo(0.98);
    // dev4 to dev8 were written apart from the rules, measured before use, then trained the
    // cue model and, from the sixth round, informed rules too (docs/classifier.md)
    assertThat(dev4.macroF1()).isGreaterThanOrEqualTo(0.95);
    assertThat(dev4.questionF1()).isGreaterThanOrEqualTo(0.89);
    assertThat(dev56.macroF1()).isGreaterThanOrEqualTo(0.95);
    assertThat(dev56.questionF1()).isGreaterThanOrEqualTo(0.91);
    assertThat(dev78.macroF1()).isGreaterThanOrEqualTo(0.96);
    assertThat(dev78.questionF1()).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void cue_model_cross_validated_over_the_development_corpora() {
    List<String> corpora = CueModel.CORPORA;
    double[] macro = new double[corpora.size()];
    for (int held = 0; held < corpora.size(); held++) {
      List<String> learnFrom = new ArrayList<>(corpora);
      learnFrom.remove(held);
      CorpusEvaluation evaluation = CorpusEvaluation.run(
          EnglishSignalClassifier.withCues(CueModel.learn(learnFrom)),
          CorpusEvaluation.load(DIR + corpora.get(held)));
      macro[held] = evaluation.macroF1();
      System.out.printf(java.util.Locale.ROOT,
          "cues learned from %s, measured on %s: macro F1 %.3f, question F1 %.3f%n", learnFrom,
          corpora.get(held), evaluation.macroF1(), evaluation.questionF1());
    }
    // dev3 is the fairest fold: the rules were written before it (docs/classifier.md); dev3 to
    // dev22 were written apart from the rules, and their mean is the cue model's best estimate
    assertThat(macro[2]).isGreaterThanOrEqualTo(0.84);
    assertThat(java.util.Arrays.stream(macro, 2, corpora.size()).average().orElseThrow())
        .isGreaterThanOrEqualTo(0.78);
  }
}
