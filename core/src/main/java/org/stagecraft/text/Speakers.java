package org.stagecraft.text;

import org.jspecify.annotations.Nullable;

/**
 * Finds a {@code Name:} speaker prefix at the start of a line. A name is 1 to 60 characters of
 * letters, digits, spaces and {@code . ' - _ ( ) &}, starts with a letter, and has at most six
 * words, and the colon is followed by white space or the end of the line. Anything else is text
 * (though a line of text such as "Note: ..." does look like a speaker).
 */
final class Speakers {
  static final int MAX_NAME = 60;

  private Speakers() {}

  /** The colon's index if {@code line} starts with a speaker name and a colon, else -1. */
  static int prefixEnd(String line) {
    return prefixEnd(line, 0);
  }

  /**
   * The colon's index in {@code line} if {@code line} from {@code from} on starts with a speaker
   * name and a colon, else -1.
   */
  static int prefixEnd(String line, int from) {
    int colon = line.indexOf(':', from);
    int length = colon - from;
    if (colon < 0 || length <= 0 || length > MAX_NAME || !Character.isLetter(line.charAt(from))
        || (colon + 1 < line.length() && !Character.isWhitespace(line.charAt(colon + 1)))) {
      return -1; // "https://..." is text, not a speaker
    }
    int words = 1;
    for (int i = from; i < colon; i++) {
      char c = line.charAt(i);
      if (c == ' ') {
        words++;
      } else if (!Character.isLetterOrDigit(c) && ".'-_()&".indexOf(c) < 0) {
        return -1;
      }
    }
    return words <= 6 ? colon : -1;
  }

  /** The speaker of a {@code Name: text} line, or null. */
  static @Nullable String name(String line) {
    int colon = prefixEnd(line);
    return colon < 0 ? null : trimmed(line, 0, colon);
  }

  /** The text after a {@code Name:} prefix. */
  static String afterName(String line) {
    return trimmed(line, prefixEnd(line) + 1, line.length());
  }

  /** {@code line.substring(from, to).trim()}, cut once. */
  static String trimmed(String line, int from, int to) {
    int start = from;
    int end = to;
    while (start < end && line.charAt(start) <= ' ') {
      start++;
    }
    while (end > start && line.charAt(end - 1) <= ' ') {
      end--;
    }
    return line.substring(start, end);
  }
}
