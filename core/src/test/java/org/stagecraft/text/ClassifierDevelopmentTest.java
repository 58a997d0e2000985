package org.stagecraft.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Reports the classifier's figures on the development corpora (dev.tsv and dev2.tsv), the ones
 * the rules are tuned on, and guards them against regressions. {@code -Dstagecraft.dev2only=true}
 * reports dev2.tsv alone; {@code -Dstagecraft.mistakes=true} lists every error.
 */
class ClassifierDevelopmentTest {
  @Test
  void development_corpus_figures() throws Exception {
    java.util.List<LabelledCorpus.Line> examples = new java.util.ArrayList<>(
        CorpusEvaluation.load("/org/stagecraft/text/dev.tsv"));
    if (Boolean.getBoolean("stagecraft.dev2only")) {
      examples.clear();
    }
    examples.addAll(CorpusEvaluation.load("/org/stagecraft/text/dev2.tsv"));
    CorpusEvaluation dev = CorpusEvaluation.run(EnglishSignalClassifier.create(), examples);

    System.out.print("development corpus:\n" + dev.table());
    if (Boolean.getBoolean("stagecraft.mistakes")) {
      dev.mistakes.forEach(System.out::println);
    }
    if (!Boolean.getBoolean("stagecraft.dev2only")) { // a regression guard on the tuned set
      assertThat(dev.macroF1()).isGreaterThanOrEqualTo(0.92);
      assertThat(dev.questionF1()).isGreaterThanOrEqualTo(0.97);
    }
  }
}
