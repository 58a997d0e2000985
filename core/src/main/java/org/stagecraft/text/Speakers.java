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
    int colon = line.indexOf(':');
    if (colon <= 0 || colon > MAX_NAME || !Character.isLetter(line.charAt(0))
        || (colon + 1 < line.length() && !Character.isWhitespace(line.charAt(colon + 1)))) {
      return -1; // "https://..." is text, not a speaker
    }
    int words = 1;
    for (int i = 0; i < colon; i++) {
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
    return colon < 0 ? null : line.substring(0, colon).trim();
  }

  /** The text after a {@code Name:} prefix. */
  static String afterName(String line) {
    return line.substring(prefixEnd(line) + 1).trim();
  }
}
