package org.stagecraft.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reports the classifier's figures on the development corpus, the one rules are tuned on. */
class ClassifierDevelopmentTest {
  @Test
  void development_corpus_figures() throws Exception {
    CorpusEvaluation dev = CorpusEvaluation.run(EnglishSignalClassifier.create(),
        CorpusEvaluation.load("/classifier/dev.tsv"));

    System.out.print("development corpus:\n" + dev.table());
    if (Boolean.getBoolean("stagecraft.mistakes")) {
      dev.mistakes.forEach(System.out::println);
    }
    assertThat(dev.macroF1()).isGreaterThanOrEqualTo(0.95);
    assertThat(dev.questionF1()).isGreaterThanOrEqualTo(0.98);
  }
}
