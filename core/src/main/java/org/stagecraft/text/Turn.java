package org.stagecraft.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.stagecraft.SpeakerRole;
import org.stagecraft.event.Utterance;

/**
 * One speaker turn of a transcript. {@link #toString()} leaves the text out (personal data).
 *
 * @param speaker the speaker's name as written in the transcript
 * @param role the speaker's role
 * @param text what they said, lines joined with single spaces
 * @param start offset from the start of the call, or null when unknown
 * @param end offset from the start of the call, or null when unknown
 * @param line the 1-based line where the turn starts in its source
 */
public record Turn(
    String speaker, SpeakerRole role, String text, @Nullable Duration start,
    @Nullable Duration end, int line) {

  /**
   * Validates the turn.
   *
   * @throws NullPointerException if speaker, role or text is null
   * @throws IllegalArgumentException if the line is not positive or end is before start
   */
  public Turn {
    checkNotNull(speaker, "speaker");
    checkNotNull(role, "role");
    checkNotNull(text, "text");
    checkArgument(line >= 1, "line must be positive: %s", line);
    checkArgument(start == null || end == null || end.compareTo(start) >= 0,
        "turn end %s is before its start %s", end, start);
  }

  /** The turn as an engine event; times are kept only when both are known. */
  public Utterance toUtterance() {
    return start != null && end != null
        ? new Utterance(role, text, start, end) : Utterance.of(role, text);
  }

  @Override
  public String toString() {
    return "Turn[" + speaker + " (" + role + ") line " + line + ", start=" + start + ", end=" + end
        + "]";
  }
}
