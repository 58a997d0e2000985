package org.stagecraft.text;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.stagecraft.SpeakerRole;
import org.stagecraft.event.Utterance;

/**
 * A conversation as text: ordered speaker turns, each with a role, and the warnings met while
 * reading it (for example timestamps that go backwards; the order of the source is kept). Read
 * one with {@link TranscriptReader}.
 *
 * <p>Immutable and thread-safe. {@link #toString()} holds no utterance text.
 *
 * @param source the name of the input, usually its file name
 * @param turns the turns, in source order
 * @param warnings problems that did not stop reading, each with its line
 */
public record Transcript(String source, ImmutableList<Turn> turns, ImmutableList<String> warnings) {

  /**
   * Validates the transcript.
   *
   * @throws NullPointerException if an argument or element is null
   */
  public Transcript {
    checkNotNull(source, "source");
    turns = ImmutableList.copyOf(checkNotNull(turns, "turns"));
    warnings = ImmutableList.copyOf(checkNotNull(warnings, "warnings"));
  }

  /** The speakers and their roles, in order of first appearance. */
  public ImmutableMap<String, SpeakerRole> speakers() {
    Map<String, SpeakerRole> out = new LinkedHashMap<>();
    turns.forEach(t -> out.putIfAbsent(t.speaker(), t.role()));
    return ImmutableMap.copyOf(out);
  }

  /** The turns as engine events, one utterance each. */
  public ImmutableList<Utterance> utterances() {
    return turns.stream().map(Turn::toUtterance).collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return "Transcript[" + source + ", " + turns.size() + " turns, " + warnings.size()
        + " warnings]";
  }
}
