package org.stagecraft.spi;

import com.google.common.collect.ImmutableList;
import org.jspecify.annotations.Nullable;
import org.stagecraft.event.Utterance;

/**
 * Turns one utterance, with the one before it for context, into the signals it shows. The
 * default is {@code org.stagecraft.text.EnglishSignalClassifier}; hosts may plug in their own.
 *
 * <p>Implementations must be deterministic for equal input, thread-safe, and must return an
 * empty list rather than throw for text they cannot read; each detection's role is the
 * utterance's. Implementers check these by extending {@code SignalClassifierCompatibilityTest}
 * from the stagecraft-testkit artifact.
 */
@FunctionalInterface
public interface SignalClassifier {
  /**
   * The signals {@code utterance} shows, in a stable order.
   *
   * @param utterance the turn to classify
   * @param previous the turn before it, or null for the first
   * @throws NullPointerException if {@code utterance} is null
   */
  ImmutableList<Detection> classify(Utterance utterance, @Nullable Utterance previous);
}
