package org.stagecraft.spi;

import static com.google.common.base.Preconditions.checkNotNull;

import org.stagecraft.Signal;
import org.stagecraft.SpeakerRole;
import org.stagecraft.event.ObservedSignal;

/**
 * A signal a classifier found in an utterance, with why: the rule that fired and the words it
 * matched. {@link #toString()} leaves the matched words out (they are transcript text).
 *
 * @param signal what was found
 * @param by who showed it (the utterance's speaker)
 * @param rule the id of the rule that fired, e.g. {@code question.open.wh}
 * @param matched the words that matched, for explanations; may be empty
 */
public record Detection(Signal signal, SpeakerRole by, String rule, String matched) {
  /**
   * Validates the detection.
   *
   * @throws NullPointerException if a field is null
   */
  public Detection {
    checkNotNull(signal, "signal");
    checkNotNull(by, "by");
    checkNotNull(rule, "rule");
    checkNotNull(matched, "matched");
  }

  /** The detection as an engine event; the rule id is its evidence. */
  public ObservedSignal toEvent() {
    return new ObservedSignal(signal, by, rule);
  }

  @Override
  public String toString() {
    return "Detection[" + signal + " by " + by + ", rule " + rule + "]";
  }
}
