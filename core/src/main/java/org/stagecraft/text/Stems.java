package org.stagecraft.text;

/**
 * A light English stemmer, so that one phrase or cue covers its inflections: "struggles",
 * "struggled" and "struggling" all become "struggl"; "worry", "worries" and "worried" become "worr".
 * It strips a plural or third-person {@code -s}, {@code -ing} and {@code -ed}, one doubled final
 * consonant after them, and a final silent {@code e}; words of three letters or fewer and words
 * with an apostrophe ("don't", "we're") are kept whole. Rules and text go through the same
 * function, so an over-eager cut on a rare word costs nothing but a shared stem.
 *
 * <p>Stateless and thread-safe.
 */
final class Stems {
  private Stems() {}

  /** The stem of the lowercase {@code word}; the word itself when nothing is cut. */
  static String of(String word) {
    int end = end(word);
    return end == word.length() ? word : word.substring(0, end);
  }

  /** The length of {@code word}'s stem, a prefix of it. */
  private static int end(String word) {
    int n = word.length();
    if (n <= 3 || word.indexOf('\'') >= 0) {
      return n;
    }
    if (n >= 6 && (word.endsWith("ies") || word.endsWith("ied"))) {
      return n - 3; // "worries", "worried" -> "worr", like "worry" below
    }
    int end = n;
    if (word.charAt(n - 1) == 's') {
      char before = word.charAt(n - 2);
      if (before != 's' && before != 'u' && before != 'i') { // "process", "status", "basis"
        end = n - 1;
      }
    } else if (n >= 6 && word.endsWith("ing")) {
      end = undouble(word, n - 3);
    } else if (n >= 5 && word.endsWith("ed") && word.charAt(n - 3) != 'e') {
      end = undouble(word, n - 2);
    }
    if (end >= 4 && word.charAt(end - 1) == 'e') {
      end--; // "hope", "hoped", "hoping" -> "hop"
    } else if (end >= 5 && word.charAt(end - 1) == 'y') {
      end--; // "worry" -> "worr"
    }
    return end;
  }

  /** Drops one of a doubled final consonant: "planned" -> "plan" (a stem of four letters at least: "canned" stays "cann"). */
  private static int undouble(String word, int end) {
    if (end >= 5 && word.charAt(end - 1) == word.charAt(end - 2)
        && "bdgmnprt".indexOf(word.charAt(end - 1)) >= 0) {
      return end - 1;
    }
    return end;
  }
}
