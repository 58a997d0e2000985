package org.stagecraft.text;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.stagecraft.Signal;

/**
 * Tells open from closed questions, also when speech-to-text dropped the question mark, from
 * how a sentence opens (after fillers): a wh-word that is followed by a verb or "you" opens an
 * open question ("what made you start looking"), unless it asks for one fact ("how many", "which",
 * "when", "who", "where", "what time"); an auxiliary followed by a subject opens a closed one
 * ("do you use spreadsheets"); "tell me", "walk me through" and the like ask for a story. A
 * sentence with a question mark is a question whatever its form (closed if nothing says open).
 */
final class Questions {
  private static final Set<String> OPEN_WH = Set.of("what", "what's", "how", "how's", "why",
      "whats", "hows");
  private static final Set<String> FACT_WH = Set.of("which", "who", "who's", "whom", "when",
      "when's", "where", "where's", "whose");
  private static final Set<String> ONE_FACT_AFTER_HOW = Set.of("many", "much", "long", "often",
      "soon", "far", "big", "old", "large", "quickly", "fast", "about", "close");
  private static final Set<String> ONE_FACT_AFTER_WHAT = Set.of("time", "day", "date", "size",
      "price", "year", "month", "percentage", "number");
  private static final Set<String> AUXILIARIES = Set.of("do", "does", "did", "is", "are", "was",
      "were", "can", "could", "would", "will", "have", "has", "had", "should", "shall", "may",
      "might", "am", "isn't", "aren't", "don't", "doesn't", "didn't", "won't", "wouldn't",
      "can't", "couldn't", "haven't", "hasn't", "shouldn't", "wasn't", "weren't");
  private static final Set<String> SUBJECTS = Set.of("you", "your", "we", "it", "that", "this",
      "they", "there", "he", "she", "i", "the", "a", "an", "any", "anyone", "anything",
      "everyone", "everything", "our", "their", "his", "her", "my", "those", "these", "someone",
      "something", "y'all", "ya", "u", "all");
  private static final Set<String> STATEMENT_SUBJECTS = Set.of("we", "i", "i'd", "i'm", "i'll",
      "i've", "we're", "we'd", "we'll", "we've", "they", "they're", "it", "it's", "that",
      "that's", "this", "he", "she", "our", "my", "a", "an", "the", "if", "really", "you're",
      "you've", "you'd");
  private static final Set<String> STORY_OPENERS = Set.of("tell", "walk", "talk", "describe",
      "explain", "share", "help");

  private Questions() {}

  /**
   * The kind of question a sentence asks, or null for a statement. Each comma-separated clause
   * may open the question ("I know it's late, but how did it go?"); an open clause wins.
   */
  static @Nullable Signal kind(String[] words, int[] clauses, boolean questionMark) {
    Signal kind = null;
    // Without a question mark only the first clause may open a question: "..., which is why"
    // and the like are statements.
    for (int k = questionMark ? clauses.length - 1 : 0; k >= 0; k--) {
      Signal clause = clause(words, clauses[k], questionMark);
      if (clause == Signal.OPEN_QUESTION) {
        return clause;
      }
      if (kind == null) {
        kind = clause;
      }
    }
    if (kind == null && !questionMark && clauses.length == 1) {
      kind = runOn(words); // speech-to-text often runs a question on after a statement
    }
    if (kind == null && asksForQuestions(words)) {
      kind = Signal.CLOSED_QUESTION; // "... any questions" with the mark dropped
    }
    return kind != null ? kind : questionMark ? Signal.CLOSED_QUESTION : null;
  }

  private static final Set<String> BOUNDARIES = Set.of("so", "and", "but", "again", "okay", "ok",
      "sorry", "well", "anyway", "now", "then", "here");
  private static final Set<String> MID_AUXILIARIES = Set.of("is", "was", "are", "were", "do",
      "does", "did", "would", "could", "can", "will", "should");

  /** A question that starts mid-sentence after a boundary word, in unpunctuated text. */
  private static @Nullable Signal runOn(String[] words) {
    for (int k = 1; k + 1 < words.length; k++) {
      String word = words[k];
      String next = words[k + 1];
      boolean afterBoundary = BOUNDARIES.contains(words[k - 1]);
      if ((word.equals("how") || word.equals("what") || word.equals("why"))
          && MID_AUXILIARIES.contains(next) && (afterBoundary || k + 2 < words.length)) {
        return Signal.OPEN_QUESTION;
      }
      if (afterBoundary && MID_AUXILIARIES.contains(word) && next.equals("you")) {
        return Signal.CLOSED_QUESTION;
      }
    }
    return null;
  }

  private static boolean asksForQuestions(String[] words) {
    for (int k = 0; k + 1 < words.length; k++) {
      if (words[k].equals("any") && words[k + 1].startsWith("question")) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable Signal clause(String[] words, int from, boolean questionMark) {
    int i = PhraseMatcher.start(words, from);
    if (i >= words.length) {
      return null;
    }
    String first = words[i];
    String second = i + 1 < words.length ? words[i + 1] : "";
    if (OPEN_WH.contains(first)) {
      if (!questionMark && first.startsWith("what") && copulaLater(words, i + 2)
          && !AUXILIARIES.contains(second)) {
        return null; // "what you're describing is ...", "what makes sense is ..."
      }
      if ((first.startsWith("how") && ONE_FACT_AFTER_HOW.contains(second))
          || (first.startsWith("what") && ONE_FACT_AFTER_WHAT.contains(second))) {
        return asked(questionMark, second, Signal.CLOSED_QUESTION);
      }
      return asked(questionMark, second, Signal.OPEN_QUESTION);
    }
    if (FACT_WH.contains(first)) {
      String third = i + 2 < words.length ? words[i + 2] : "";
      boolean openEnded = first.startsWith("where") && AUXILIARIES.contains(second)
          && third.equals("you"); // "where do you see this going"
      return asked(questionMark, second,
          openEnded ? Signal.OPEN_QUESTION : Signal.CLOSED_QUESTION);
    }
    if (STORY_OPENERS.contains(first) && (second.equals("me") || second.equals("us")
        || first.equals("describe") || first.equals("explain"))
        && (questionMark || !first.equals("help") || words.length > i + 2
            && words[i + 2].equals("understand"))) {
      return Signal.OPEN_QUESTION;
    }
    if (AUXILIARIES.contains(first) && SUBJECTS.contains(second)) {
      String third = i + 2 < words.length ? words[i + 2] : "";
      return STORY_OPENERS.contains(third) || third.equals("help")
          ? Signal.OPEN_QUESTION : Signal.CLOSED_QUESTION;
    }
    return null;
  }

  /**
   * A wh-opening is a question with a question mark; without one, unless a subject follows it
   * ("what we need is ...") — a wh-word said alone ("and then what") is a question too.
   */
  private static @Nullable Signal asked(boolean questionMark, String next, Signal kind) {
    if (questionMark || !STATEMENT_SUBJECTS.contains(next)) {
      return kind;
    }
    return null;
  }

  private static boolean copulaLater(String[] words, int from) {
    for (int k = from; k < words.length; k++) {
      if (words[k].equals("is") || words[k].equals("was")) {
        return true;
      }
    }
    return false;
  }
}
