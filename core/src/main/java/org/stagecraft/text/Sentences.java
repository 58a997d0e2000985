package org.stagecraft.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into sentences of lowercase word tokens in one pass (after lowercasing it whole): a token is a run of letters,
 * digits, apostrophes and {@code %}; {@code . ! ? ;} end a sentence, and a sentence remembers
 * whether it ended with a question mark and where its comma-separated clauses start. Curly
 * apostrophes become straight ones.
 */
final class Sentences {
  /**
   * One sentence: its words, their stems ({@link Stems}), where each comma-separated clause
   * starts, and whether it ends with a question mark.
   */
  record Sentence(String[] tokens, String[] stems, int[] clauses, boolean questionMark) {
    Sentence(String[] tokens, int[] clauses, boolean questionMark) {
      this(tokens, stems(tokens), clauses, questionMark);
    }

    private static String[] stems(String[] tokens) {
      String[] stems = new String[tokens.length];
      for (int i = 0; i < tokens.length; i++) {
        stems[i] = Stems.of(tokens[i]);
      }
      return stems;
    }
  }

  private Sentences() {}

  static List<Sentence> of(String original) {
    String text = original.toLowerCase(Locale.ROOT); // once, not per word
    List<Sentence> out = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<Integer> clauses = new ArrayList<>();
    int tokenStart = -1;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '.';
      if (isWordChar(c)) {
        if (tokenStart < 0) {
          tokenStart = i;
        }
        continue;
      }
      if (tokenStart >= 0) {
        String word = word(text, tokenStart, i);
        if (!word.isEmpty()) {
          tokens.add(word);
        }
        tokenStart = -1;
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
          out.set(out.size() - 1, new Sentence(last.tokens(), last.stems(), last.clauses(), true));
        }
      }
    }
    return out;
  }

  private static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '\'' || c == '%' || c == '\u2019' || c == '\u2018'
        || (c > 127 && Character.isLetterOrDigit(c));
  }

  /** The lowercase word in {@code text[from, to)}, curly apostrophes straightened, quotes cut. */
  private static String word(String text, int from, int to) {
    String word = text.substring(from, to);
    if (word.indexOf('\u2019') >= 0 || word.indexOf('\u2018') >= 0) {
      word = word.replace('\u2019', '\'').replace('\u2018', '\'');
    }
    return trimQuotes(word);
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
    return start == 0 && end == token.length() ? token : token.substring(start, end);
  }
}
