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
  private static final long MAX_MILLIS = Utterance.MAX_OFFSET.toMillis();

  private Times() {}

  /** The offset written as a clock time, or null if {@code text} is not one. */
  static @Nullable Duration clock(String text) {
    return clock(text, 0, text.length());
  }

  /**
   * The offset written as a clock time in {@code text[from, to)}, or null if it is not one. Reads
   * the characters in place: no parts are cut out.
   */
  static @Nullable Duration clock(String text, int from, int to) {
    int first = indexOf(text, ':', from, to);
    int second = first < 0 ? -1 : indexOf(text, ':', first + 1, to);
    if (first < 0 || (second >= 0 && indexOf(text, ':', second + 1, to) >= 0)) {
      return null; // two or three parts
    }
    long hours = 0;
    int minutesFrom = from;
    int minutesTo = first;
    if (second >= 0) {
      hours = digits(text, from, first, 3);
      if (hours < 0) {
        return null;
      }
      minutesFrom = first + 1;
      minutesTo = second;
    }
    long minutes = digits(text, minutesFrom, minutesTo, 2);
    if (minutes < 0 || (second >= 0 && minutes > 59)) {
      return null;
    }
    long seconds = millis(text, minutesTo + 1, to, 2);
    if (seconds < 0 || seconds >= 60_000) {
      return null;
    }
    return offset(((hours * 60 + minutes) * 60) * 1000 + seconds);
  }

  /** The offset of {@code millis}, or null past {@link Utterance#MAX_OFFSET}. */
  private static @Nullable Duration offset(long millis) {
    // summed as a long and made a Duration once: a time costs one object
    return millis <= MAX_MILLIS ? Duration.ofMillis(millis) : null;
  }

  /** The offset written as a clock time or as plain seconds ({@code 12.5}), or null. */
  static @Nullable Duration clockOrSeconds(String text) {
    return clockOrSeconds(text, 0, text.length());
  }

  /**
   * The offset written as a clock time or as plain seconds in {@code text[from, to)}, or null.
   * Reads the characters in place.
   */
  static @Nullable Duration clockOrSeconds(String text, int from, int to) {
    Duration clock = clock(text, from, to);
    if (clock != null) {
      return clock;
    }
    long seconds = millis(text, from, to, 7);
    return seconds < 0 ? null : offset(seconds);
  }

  /**
   * {@code ss}, {@code ss.fff} or {@code ss,fff} in {@code text[from, to)}, with at most {@code
   * maxDigits} whole digits, in milliseconds; -1 if it is not one.
   */
  private static long millis(String text, int from, int to, int maxDigits) {
    int dot = Math.max(indexOf(text, '.', from, to), indexOf(text, ',', from, to));
    long s = digits(text, from, dot < 0 ? to : dot, maxDigits);
    if (s < 0) {
      return -1;
    }
    long millis = 0;
    if (dot >= 0) {
      long f = digits(text, dot + 1, to, 3);
      if (f < 0) {
        return -1;
      }
      int length = to - dot - 1;
      millis = f * (length == 1 ? 100 : length == 2 ? 10 : 1);
    }
    return s * 1000 + millis;
  }

  /**
   * The first {@code c} in {@code text[from, to)}, or -1. Looks no further than {@code to}: a time
   * is a few characters of a long line, and a character it lacks may be far off or nowhere.
   */
  private static int indexOf(String text, char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  /** The number written by 1 to {@code max} digits in {@code text[from, to)}, or -1. */
  private static long digits(String text, int from, int to, int max) {
    if (to - from < 1 || to - from > max) {
      return -1;
    }
    long value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
