package org.stagecraft.event;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.stagecraft.SpeakerRole;

/**
 * One speaker turn. The engine counts its words and, when both are known, its seconds, but never
 * reads or keeps its text: signals come from a classifier or the host as {@link ObservedSignal}s.
 *
 * <p>{@link #toString()} leaves the text out, since transcripts hold personal data.
 *
 * @param role who spoke
 * @param text what they said; may be empty
 * @param start offset from the start of the call, or null when unknown
 * @param end offset from the start of the call, or null when unknown
 */
public record Utterance(
    SpeakerRole role, String text, @Nullable Duration start, @Nullable Duration end)
    implements ConversationEvent {

  /** The longest offset an utterance may carry: 24 days, the millisecond range of an int. */
  public static final Duration MAX_OFFSET = Duration.ofMillis(Integer.MAX_VALUE);

  /**
   * Validates the utterance.
   *
   * @throws NullPointerException if {@code role} or {@code text} is null
   * @throws IllegalArgumentException if only one of start and end is given, either is negative or
   *     beyond {@link #MAX_OFFSET}, or end is before start
   */
  public Utterance {
    checkNotNull(role, "role");
    checkNotNull(text, "text");
    checkArgument(
        (start == null) == (end == null),
        "give both start and end of an utterance, or neither: start=%s end=%s",
        start,
        end);
    if (start != null && end != null) {
      checkArgument(
          !start.isNegative() && start.compareTo(MAX_OFFSET) <= 0,
          "utterance start must be between 0 and %s: %s",
          MAX_OFFSET,
          start);
      checkArgument(
          end.compareTo(start) >= 0 && end.compareTo(MAX_OFFSET) <= 0,
          "utterance end must be between its start %s and %s: %s",
          start,
          MAX_OFFSET,
          end);
    }
  }

  /** An utterance without times. */
  public static Utterance of(SpeakerRole role, String text) {
    return new Utterance(role, text, null, null);
  }

  /** A seller utterance without times. */
  public static Utterance seller(String text) {
    return of(SpeakerRole.SELLER, text);
  }

  /** A prospect utterance without times. */
  public static Utterance prospect(String text) {
    return of(SpeakerRole.PROSPECT, text);
  }

  /** Whether both start and end are known. */
  public boolean isTimed() {
    return start != null;
  }

  /** The number of whitespace-separated words in the text; linear in its length. */
  public int wordCount() {
    int words = 0;
    int wasSpace = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // Below 64, a bit of ASCII_SPACES, read without a branch (a space every few characters is
      // too often for branch prediction): (c - 64) >>> 31 is 1 below 64, else 0. Above 127,
      // Character's tables.
      int space = (int) (ASCII_SPACES >>> c) & ((c - 64) >>> 31);
      if (c >= 128) {
        space = Character.isWhitespace(c) ? 1 : 0;
      }
      words += wasSpace & (space ^ 1); // a word starts where a space ends
      wasSpace = space;
    }
    return words;
  }

  /** The ASCII whitespace of {@link Character#isWhitespace}: tab to carriage return, 0x1C-0x20. */
  private static final long ASCII_SPACES = 0x3E00L | 0xFL << 0x1C | 1L << ' ';

  @Override
  public String toString() {
    return "Utterance[role=" + role + ", words=" + wordCount() + ", start=" + start + ", end=" + end
        + "]";
  }
}
