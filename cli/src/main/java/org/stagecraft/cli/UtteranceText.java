package org.stagecraft.cli;

import org.jspecify.annotations.Nullable;
import org.stagecraft.text.Turn;

/**
 * Whether reports carry what was said. Transcripts are personal data: {@code --redact} keeps the
 * speakers, signals, scores and violations but leaves every utterance's words out.
 */
enum UtteranceText {
  SHOWN, REDACTED;

  static UtteranceText of(boolean redact) {
    return redact ? REDACTED : SHOWN;
  }

  /** The turn's words, or null when redacted. */
  @Nullable String of(Turn turn) {
    return this == SHOWN ? turn.text() : null;
  }
}
