package org.stagecraft.text;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.stagecraft.Signal;

/**
 * Questions that speech-to-text wrote without their question mark, found from their form where
 * {@link Questions} would call the sentence a statement: a question run on after a statement
 * ("... we make rota software do you have a minute"), a check tagged on ("... sound good",
 * "..., right", "... isn't it"), a plain question in a later clause ("I'm sorry you went through
 * that, what did it cost you") and an invitation to ask ("... any questions"). Each form has its
 * statements that only look like it, listed beside it.
 */
final class UnpunctuatedQuestions {
  /** Words after which a question may start mid-sentence: "... and do you ...". */
  static final Set<String> BOUNDARIES = Set.of("so", "and", "but", "again", "okay", "ok",
      "sorry", "well", "anyway", "now", "then", "here");

  /** The auxiliaries of a question tag: "isn't it", "is it"; not "we'll have it", "do it". */
  static final Set<String> TAG_AUXILIARIES = Set.of("is", "isn't", "are", "aren't", "was",
      "wasn't", "were", "weren't", "does", "did", "don't", "doesn't", "didn't", "won't",
      "wouldn't", "can't", "couldn't", "haven't", "hasn't", "shouldn't", "isnt", "arent",
      "wasnt", "dont", "doesnt", "didnt", "wont");

  /** The subjects of a question tag: "isn't it", "aren't they". */
  static final Set<String> TAG_PRONOUNS = Set.of("it", "they", "you", "he", "she", "we",
      "there", "i");

  /** Words before an auxiliary and a pronoun at a sentence's end that make it no tag. */
  static final Set<String> NOT_BEFORE_A_TAG = Set.of("so", "neither", "nor", "as", "than",
      "what", "how", "where", "who", "which", "when", "why", "whatever", "wherever", "if",
      "whether", "there", "here");

  /**
   * Words before an auxiliary and "you", "I" or "we" mid-sentence that make it a statement:
   * "let me do you a deal", "I'll do you a price", "than we are", "if you could you'd ...".
   */
  static final Set<String> BEFORE_A_STATEMENT = Set.of("me", "i", "i'll", "we'll", "i'd",
      "we'd", "we", "they", "you", "to", "let", "than", "as", "if", "that", "what", "how",
      "where", "who", "which", "when", "why", "whatever", "so", "neither", "nor", "it",
      "there", "here", "where's", "how's", "what's", "not", "never", "really", "just");

  /** Boundaries before which "is that ..." starts a question: "and is that still happening". */
  static final Set<String> CONJUNCTIONS = Set.of("and", "so", "but");

  /** Words before a final "right" that make it no tag: "that's right", "all right". */
  static final Set<String> NOT_A_TAG = Set.of("that's", "thats", "is", "exactly",
      "all", "alright", "you're", "that", "right", "the", "sounds", "sound", "feels", "looks",
      "seems", "just", "was", "it's", "quite", "absolutely", "totally", "yeah", "yes", "on",
      "a", "your", "our", "my", "their", "to");

  /** Words before "anything you ..." that make it no invitation to ask: "if you need anything". */
  static final Set<String> NOT_BEFORE_ANYTHING = Set.of("do", "did", "don't", "need",
      "needs", "say", "said", "want", "wants", "is", "for", "of", "about", "without", "not",
      "if", "than", "buy", "change", "miss", "hardly", "barely", "like", "know", "tell",
      "sell", "sign", "doing", "hear", "see", "saw");

  /**
   * Words after an auxiliary opening a later clause that make it the rest of a statement, its
   * subject dropped: "..., did everything they asked", "..., are all done".
   */
  static final Set<String> NOT_LATER_SUBJECTS = Set.of("everything", "anything", "something",
      "all", "now", "today", "tomorrow", "next", "one", "both", "each", "everyone", "everybody",
      "someone", "somebody", "people", "someone's", "there's");

  /** Words that open a short clause naming someone again: "Gus, my partner, does the quoting". */
  static final Set<String> APPOSITIVE_OPENERS = Set.of("my", "our", "your", "his", "her",
      "their", "the", "a", "an");

  /** What follows "anything" in a check: "anything I've missed", "anything else you need". */
  static final Set<String> ASKING_AFTER_ANYTHING = Set.of("i", "i've", "i'm", "you", "you'd",
      "we", "we've", "before", "else");

  /** What follows "sound" in a check: "sound good", "sound ok". */
  static final Set<String> CHECK_ENDS = Set.of("good", "ok", "okay", "right", "fair",
      "alright");

  private UnpunctuatedQuestions() {}

  /** A question that starts mid-sentence after a boundary word, in unpunctuated text. */
  static @Nullable Signal runOn(String[] words, int[] flags, int from, int to) {
    for (int k = from + 1; k + 1 < to; k++) {
      String word = words[k];
      String next = words[k + 1];
      boolean afterBoundary = WordClass.BOUNDARIES.in(flags[k - 1]);
      // a word's class bit first: most words are in no class, and no String is compared
      if (WordClass.OPEN_WH.in(flags[k])
          && (word.equals("how") || word.equals("what") || word.equals("why"))
          && WordClass.MID_AUXILIARIES.in(flags[k + 1])
          && (afterBoundary || k + 2 < to) && !Questions.pseudoCleft(words, flags, k, to)) {
        return Signal.OPEN_QUESTION; // not "actually what is happening is the leads ..."
      }
      if (afterBoundary && WordClass.MID_AUXILIARIES.in(flags[k]) && (next.equals("you")
          || WordClass.CHECKED.in(flags[k + 1]) && WordClass.CONJUNCTIONS.in(flags[k - 1]))) {
        return Signal.CLOSED_QUESTION; // "... and is that still happening every week"
      }
      if (WordClass.FIRST_PERSON.in(flags[k])) {
        Signal indirect = Questions.indirect(words, flags, k, to);
        if (indirect != null) {
          return indirect; // "so before I say anything I'd love to hear how the fleet works"
        }
      }
      if (WordClass.OPEN_WH.in(flags[k]) && word.equals("what")
          && (next.equals("happens") || next.equals("happened"))
          && conditional(words, flags, from, to) && !Questions.copulaLater(words, k + 2, to)) {
        return Signal.OPEN_QUESTION; // "if the scanners go down in week one what happens"
      }
      if (WordClass.AUXILIARIES.in(flags[k]) && WordClass.SUBJECTS.in(flags[k + 1])
          && words[k - 1].equals("or")) {
        return Signal.CLOSED_QUESTION; // "so far so good or have I lost you"
      }
      if (WordClass.MID_AUXILIARIES.in(flags[k]) && WordClass.INVERTED.in(flags[k + 1])
          && k + 2 < to && !word.equals("is") && !word.equals("was")
          && !WordClass.BEFORE_A_STATEMENT.in(flags[k - 1])
          && !WordClass.AUXILIARIES.in(flags[k - 1])) {
        // "hi it's Dan from Shiftly do you have a minute"; not "let me do you a deal", "I can
        // do you a grand off" or "the way it works is we ..."
        int asked = QuestionIdioms.askedAfterLeave(words, flags, k, to);
        if (asked >= 0) { // "... before I cancel anything can I just ask what's made you ..."
          return Questions.clause(words, flags, asked, to, true);
        }
        boolean story = WordClass.STORY_OPENERS.in(flags[k + 2]) && k + 3 < to
            && (words[k + 3].equals("me") || words[k + 3].equals("us")); // "can you tell me"
        return story ? Signal.OPEN_QUESTION : Signal.CLOSED_QUESTION;
      }
      if (WordClass.MID_AUXILIARIES.in(flags[k]) && WordClass.CHECKED.in(flags[k + 1])
          && k + 2 < to && WordClass.CHECK_VERBS.in(flags[k + 2])
          && !WordClass.STATEMENT_SUBJECTS.in(flags[k - 1])) {
        return Signal.CLOSED_QUESTION; // "... the paper forms does that sound right"
      }
      if ((WordClass.OPEN_WH.in(flags[k]) || WordClass.FACT_WH.in(flags[k]))
          && !Questions.timeClause(words, flags, k, to) && askedOfYou(words, flags, k + 1, to)) {
        // "... a runner too how many marathons have you done"
        boolean fact = WordClass.FACT_WH.in(flags[k])
            || WordClass.ONE_FACT_AFTER_HOW.in(flags[k + 1]);
        return fact ? Signal.CLOSED_QUESTION : Signal.OPEN_QUESTION;
      }
    }
    return tagged(words, flags, from, to) ? Signal.CLOSED_QUESTION : null;
  }

  /** An auxiliary directly followed by "you" within four words from {@code from}. */
  private static boolean askedOfYou(String[] words, int[] flags, int at, int to) {
    for (int k = at; k < Math.min(to - 1, at + 4); k++) {
      if (WordClass.MID_AUXILIARIES.in(flags[k]) || words[k].equals("have")
          || words[k].equals("has")) {
        // "is" and "was" take no "you" or "i": "what happens now is i send ..." is a statement
        return WordClass.INVERTED.in(flags[k + 1]) && !words[k].equals("is")
            && !words[k].equals("was");
      }
    }
    return false;
  }

  /**
   * A statement with a check tagged on, as speech-to-text writes "we met in Chicago right" or
   * "the crew's out in April sound good" ("that would sound good" is no check).
   */
  static boolean tagged(String[] words, int[] flags, int from, int to) {
    int last = to - 1;
    if (to - from < 4) {
      return false;
    }
    if (words[last].equals("right")) {
      return !WordClass.NOT_A_TAG.in(flags[last - 1]);
    }
    if (WordClass.TAG_AUXILIARIES.in(flags[last - 1]) && WordClass.TAG_PRONOUNS.in(flags[last])
        && !WordClass.NOT_BEFORE_A_TAG.in(flags[last - 2])) {
      // "... your weekend gone isn't it"; a tag turns the statement's polarity, so a positive
      // one follows a negation ("... not going to work is it"), and "our bookkeeper does it" is
      // a statement
      return words[last - 1].indexOf('\'') >= 0 || words[last - 1].endsWith("nt")
          || WordClass.NEGATIONS.anyIn(flags, from, last - 1);
    }
    return words[last - 1].equals("sound") && CHECK_ENDS.contains(words[last])
        && !WordClass.SUBJECTS.in(flags[last - 2]) && !WordClass.AUXILIARIES.in(flags[last - 2])
        && !words[last - 2].equals("to");
  }

  static boolean asksForQuestions(String[] words, int[] flags, int from, int to) {
    for (int k = from; k + 1 < to; k++) {
      if (!WordClass.SUBJECTS.in(flags[k])) {
        continue; // neither "any" nor "anything": no String compared
      }
      if (words[k].equals("any") && words[k + 1].startsWith("question")) {
        return true;
      }
      if (words[k].equals("anything") && (words[k + 1].equals("you") || words[k + 1].equals(
          "you'd") || words[k + 1].equals("else")) && (k == from
              || !WordClass.NOT_BEFORE_ANYTHING.in(flags[k - 1])) && k + 2 < to
          && (!words[k + 1].equals("else") || ASKING_AFTER_ANYTHING.contains(words[k + 2]))) {
        return true; // "... anything you want to ask before we go"; not "anything else costs"
      }
    }
    return false;
  }

  /**
   * A clause after a comma, in a sentence without a question mark, read as a question only when
   * it opens like one beyond doubt: a wh-word or "tell me" as in a first clause, a fact wh-word
   * asked of a subject ("when can your team start", not "which is why" or "who runs it"), or an
   * auxiliary before its subject ("does Thursday work", not the imperative "do it"), unless
   * the clause before it names someone again ("Gus, my partner, does ..."). The clause is
   * {@code clauses[firstClause + k]} of a sentence that ends at {@code to}.
   */
  static @Nullable Signal laterClause(String[] words, int[] flags, int[] clauses,
      int firstClause, int k, int to) {
    int from = clauses[firstClause + k];
    int i = PhraseMatcher.start(words, flags, from, to);
    if (i + 1 >= to || WordClass.STATEMENT_SUBJECTS.in(flags[from])) {
      return null; // "..., it has the workflows", "..., we do": opened by its subject
    }
    int first = flags[i];
    if (WordClass.FACT_WH.in(first)) {
      boolean asked = WordClass.AUXILIARIES.in(flags[i + 1]) && !words[i + 1].equals("is")
          && !words[i + 1].equals("was") && i + 2 < to && WordClass.SUBJECTS.in(flags[i + 2]);
      return asked ? Signal.CLOSED_QUESTION : null;
    }
    if (words[i].equals("do") && !WordClass.INVERTED.in(flags[i + 1])
        || WordClass.STORY_OPENERS.in(first) && i + 2 < to && words[i + 2].equals("if")) {
      return null; // the imperatives "do it", "just tell me if you want it"
    }
    if (WordClass.AUXILIARIES.in(first)
        && (NOT_LATER_SUBJECTS.contains(words[i + 1])
            || afterAppositive(words, flags, clauses, firstClause, k))) {
      // "My manager, Sarah, is the one who signs off"; "we called them twice, did everything
      // they asked"
      return null;
    }
    return Questions.clause(words, flags, from, to, false);
  }

  /**
   * Whether clause {@code k} follows a name and a short clause naming it again ("Gus, my partner,
   * does the quoting", "My manager, Sarah, is the one who signs off"), where an auxiliary is the
   * sentence's verb, not a question's.
   */
  private static boolean afterAppositive(String[] words, int[] flags, int[] clauses, int first,
      int k) {
    if (k < 2) {
      return false;
    }
    int previous = clauses[first + k - 1];
    int length = clauses[first + k] - previous; // 0 for the empty clause of ",,"
    return length > 0 && (length <= 2 && !WordClass.STATEMENT_SUBJECTS.in(flags[previous])
        || length <= 3 && APPOSITIVE_OPENERS.contains(words[previous])); // "Sarah", "my partner"
  }

  /**
   * A check tagged on as the last clause: "..., sound good", "..., right", "..., fair", "...,
   * yes or no", "..., anything I've missed".
   */
  static boolean tag(String[] words, int[] flags, int from, int to) {
    int length = to - from;
    if (length == 0) {
      return false; // a comma ended the sentence: its last clause has no words
    }
    String first = words[from];
    if (length == 1) {
      return first.equals("right") || first.equals("fair");
    }
    if (length == 2) {
      return first.equals("sound") && CHECK_ENDS.contains(words[from + 1]);
    }
    return length == 3 && first.equals("yes") && words[from + 1].equals("or")
        && words[from + 2].equals("no") || first.equals("anything") && length <= 6
        && ASKING_AFTER_ANYTHING.contains(words[from + 1])
        && !(words[from + 1].equals("else") && length > 2
            && !ASKING_AFTER_ANYTHING.contains(words[from + 2])); // not "anything else costs extra"
  }

  /** Whether the sentence opens, after fillers, with "if" or "when": a condition. */
  private static boolean conditional(String[] words, int[] flags, int from, int to) {
    String first = words[PhraseMatcher.start(words, flags, from, to)];
    return first.equals("if") || first.equals("when");
  }
}
