package org.stagecraft.testkit.compat;

import org.junit.jupiter.api.Nested;
import org.stagecraft.spi.SignalClassifier;
import org.stagecraft.text.EnglishSignalClassifier;

/** The default classifier, with and without its cue model, passes the kit. */
class EnglishSignalClassifierCompatibilityTest {
  @Nested
  class Default extends SignalClassifierCompatibilityTest {
    private final SignalClassifier classifier = EnglishSignalClassifier.create();

    @Override
    protected SignalClassifier classifier() {
      return classifier;
    }
  }

  @Nested
  class RulesOnly extends SignalClassifierCompatibilityTest {
    private final SignalClassifier classifier = EnglishSignalClassifier.rulesOnly();

    @Override
    protected SignalClassifier classifier() {
      return classifier;
    }
  }
}
