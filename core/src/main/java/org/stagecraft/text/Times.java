package org.stagecraft.text;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.stagecraft.event.Utterance;

/**
 * Timestamps as transcripts write them: {@code hh:mm:ss}, {@code mm:ss} or {@code h:mm:ss}, each
 * with an optional fraction after {@code .} or {@code ,} (up to milliseconds), or plain seconds
 * such as {@code 12.5} where allowed; never beyond {@link Utterance#MAX_OFFSET}. Hand-parsed, in
 * time linear in the text.
 */
final class Times {
  private Times() {}

  /** The offset written as a clock time, or null if {@code text} is not one. */
  static @Nullable Duration clock(String text) {
    String[] parts = text.split(":", -1);
    if (parts.length < 2 || parts.length > 3) {
      return null;
    }
    long hours = 0;
    int i = 0;
    if (parts.length == 3) {
      Long h = digits(parts[0], 1, 3);
      if (h == null) {
        return null;
      }
      hours = h;
      i = 1;
    }
    Long minutes = digits(parts[i], 1, 2);
    if (minutes == null || (parts.length == 3 && minutes > 59)) {
      return null;
    }
    Duration seconds = seconds(parts[i + 1], 2);
    if (seconds == null || seconds.toSeconds() > 59) {
      return null;
    }
    Duration time = Duration.ofHours(hours).plusMinutes(minutes).plus(seconds);
    return time.compareTo(Utterance.MAX_OFFSET) <= 0 ? time : null;
  }

  /** The offset written as a clock time or as plain seconds ({@code 12.5}), or null. */
  static @Nullable Duration clockOrSeconds(String text) {
    Duration clock = clock(text);
    if (clock != null) {
      return clock;
    }
    Duration seconds = seconds(text, 7);
    return seconds != null && seconds.compareTo(Utterance.MAX_OFFSET) <= 0 ? seconds : null;
  }

  /** {@code ss}, {@code ss.fff} or {@code ss,fff} with at most {@code maxDigits} whole digits. */
  private static @Nullable Duration seconds(String text, int maxDigits) {
    int dot = Math.max(text.indexOf('.'), text.indexOf(','));
    String whole = dot < 0 ? text : text.substring(0, dot);
    Long s = digits(whole, 1, maxDigits);
    if (s == null) {
      return null;
    }
    long millis = 0;
    if (dot >= 0) {
      String fraction = text.substring(dot + 1);
      Long f = digits(fraction, 1, 3);
      if (f == null) {
        return null;
      }
      millis = f * (fraction.length() == 1 ? 100 : fraction.length() == 2 ? 10 : 1);
    }
    return Duration.ofSeconds(s).plusMillis(millis);
  }

  private static @Nullable Long digits(String text, int min, int max) {
    if (text.length() < min || text.length() > max) {
      return null;
    }
    long value = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
