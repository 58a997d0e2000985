package org.stagecraft.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into sentences of lowercase word tokens in one pass: a token is a run of letters,
 * digits, apostrophes and {@code %}; {@code . ! ? ;} end a sentence, and a sentence remembers
 * whether it ended with a question mark. Curly apostrophes become straight ones.
 */
final class Sentences {
  /**
   * One sentence: its words, where each comma-separated clause starts, and whether it ends with
   * a question mark.
   */
  record Sentence(String[] tokens, int[] clauses, boolean questionMark) {}

  private Sentences() {}

  static List<Sentence> of(String text) {
    List<Sentence> out = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<Integer> clauses = new ArrayList<>();
    StringBuilder token = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '.';
      if (c == '\u2019' || c == '\u2018') {
        c = '\'';
      }
      if (Character.isLetterOrDigit(c) || c == '\'' || c == '%') {
        token.append(Character.toLowerCase(c));
        continue;
      }
      if (token.length() > 0) {
        String word = trimQuotes(token.toString());
        if (!word.isEmpty()) {
          tokens.add(word);
        }
        token.setLength(0);
      }
      if ((c == ',' || c == ':' || c == '\u2014') && !tokens.isEmpty()) {
        clauses.add(tokens.size());
      }
      if (c == '.' || c == '!' || c == '?' || c == ';') {
        if (!tokens.isEmpty()) {
          int[] starts = new int[clauses.size() + 1];
          for (int k = 0; k < clauses.size(); k++) {
            starts[k + 1] = clauses.get(k);
          }
          out.add(new Sentence(tokens.toArray(new String[0]), starts, c == '?'));
          tokens.clear();
          clauses.clear();
        } else if (c == '?' && !out.isEmpty()) { // "right??" or a space before '?'
          Sentence last = out.get(out.size() - 1);
          out.set(out.size() - 1, new Sentence(last.tokens(), last.clauses(), true));
        }
      }
    }
    return out;
  }

  private static String trimQuotes(String token) {
    int start = 0;
    int end = token.length();
    while (start < end && token.charAt(start) == '\'') {
      start++;
    }
    while (end > start && token.charAt(end - 1) == '\'') {
      end--;
    }
    return token.substring(start, end).toLowerCase(Locale.ROOT);
  }
}
