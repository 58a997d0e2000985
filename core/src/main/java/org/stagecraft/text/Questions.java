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
  static final Set<String> OPEN_WH = Set.of("what", "what's", "how", "how's", "why",
      "why's", "whats", "hows", "whys");
  static final Set<String> FACT_WH = Set.of("which", "who", "who's", "whom", "when",
      "when's", "where", "where's", "whose", "whos", "whens", "wheres");
  /** Wh-words that carry "is" as speech-to-text writes them, without the apostrophe. */
  private static final Set<String> CONTRACTED = Set.of("whats", "hows", "whys", "whos", "whens",
      "wheres");
  static final Set<String> ONE_FACT_AFTER_HOW = Set.of("many", "much", "long", "often",
      "soon", "far", "big", "old", "large", "quickly", "fast", "about", "close");
  static final Set<String> ONE_FACT_AFTER_WHAT = Set.of("time", "day", "date", "size",
      "price", "year", "month", "percentage", "number", "breed", "deposit", "postcode");
  /** Before a fact noun: "what's the budget", "what's his name". */
  private static final Set<String> FACT_DETERMINERS = Set.of("the", "your", "his", "their",
      "its");
  /** "what's the budget", "what is the address": one fact after "what's the". */
  static final Set<String> FACT_NOUNS = Set.of("budget", "price", "address", "name",
      "date", "deadline", "headcount", "square", "size", "total", "number", "timeline", "term",
      "model", "version", "email", "rate", "fee", "length", "postcode", "zip", "breed",
      "deposit");
  static final Set<String> AUXILIARIES = Set.of("do", "does", "did", "is", "are", "was",
      "were", "can", "could", "would", "will", "have", "has", "had", "should", "shall", "may",
      "might", "am", "isn't", "aren't", "don't", "doesn't", "didn't", "won't", "wouldn't",
      "can't", "couldn't", "haven't", "hasn't", "shouldn't", "wasn't", "weren't");
  static final Set<String> SUBJECTS = Set.of("you", "your", "we", "it", "that", "this",
      "they", "there", "he", "she", "i", "the", "a", "an", "any", "anyone", "anything",
      "everyone", "everything", "our", "their", "his", "her", "my", "those", "these", "someone",
      "something", "y'all", "ya", "u", "all", "now", "anybody", "somebody", "people", "both",
      "each", "everybody", "today", "tomorrow", "next", "one", "someone's", "there's");
  static final Set<String> STATEMENT_SUBJECTS = Set.of("we", "i", "i'd", "i'm", "i'll",
      "i've", "we're", "we'd", "we'll", "we've", "they", "they're", "it", "it's", "that",
      "that's", "this", "he", "she", "our", "my", "a", "an", "the", "if", "really", "you're",
      "you've", "you'd");
  static final Set<String> STORY_OPENERS = Set.of("tell", "walk", "talk", "describe",
      "explain", "share", "help");
  /** "Can you paint me a picture", "could you give us a sense": a story after "you". */
  static final Set<String> STORY_AFTER_YOU = Set.of("paint", "give", "show", "take");
  static final Set<String> NOT_A_STORY = Set.of("call", "ring", "sec", "second",
      "minute", "moment", "hand", "shout", "break", "discount", "deal", "price", "quote");
  /** Openings that ask indirectly for a story: "I'd love to hear how ...", "I'm curious why". */
  static final Set<String> INDIRECT = Set.of("curious", "wondering", "interested", "hear",
      "understand", "know", "learn");
  /** Of {@link #INDIRECT}, those that ask without "to" before them: "I'm curious how". */
  private static final Set<String> ASKING_ALONE = Set.of("curious", "wondering", "interested");
  /** Who is asking, not reporting, when "interested in what" follows: "I'm", "we'd be". */
  private static final Set<String> INTERESTED_NOW = Set.of("i'm", "i'd", "we'd", "we're");
  /** Between an indirect word and its wh-word: "hear a bit more about how", "interested in". */
  private static final Set<String> LEAD_INS = Set.of("about", "in", "a", "bit", "little",
      "more");
  /** Verbs that, after "does that" mid-sentence, end a statement with a check. */
  static final Set<String> CHECK_VERBS = Set.of("sound", "sounds", "make", "work",
      "look", "feel", "seem", "help", "fit", "answer", "match", "suit", "be", "right", "line");

  private Questions() {}

  /**
   * The kind of question a sentence asks, or null for a statement. Each comma-separated clause
   * may open the question ("I know it's late, but how did it go?"); an open clause wins.
   */
  static @Nullable Signal kind(Sentences.Text text, int s) {
    String[] words = text.tokens;
    int from = text.from(s);
    int to = text.to(s);
    Signal kind = kindOf(text, s);
    if (kind == Signal.OPEN_QUESTION && to - from > 3 && words[from].equals("on")
        && words[from + 2].equals("scale")) {
      return Signal.CLOSED_QUESTION; // "on a scale of one to ten, how ..." asks for a number
    }
    return kind;
  }

  /*
   * Below, a sentence is the words [from, to) of arrays that hold a whole text: every index is
   * one of the text, and "to" ends the sentence.
   */

  private static @Nullable Signal kindOf(Sentences.Text text, int s) {
    String[] words = text.tokens;
    int[] flags = text.flags;
    int from = text.from(s);
    int to = text.to(s);
    boolean questionMark = text.questionMark(s);
    int firstClause = text.clauseFrom[s];
    int clauses = text.clauseFrom[s + 1] - firstClause;
    if (questionMark && clauses > 1
        && QuestionIdioms.alternatives(words, flags, text.clauses[firstClause + clauses - 1], to)) {
      return Signal.CLOSED_QUESTION; // "what are you having, tea or coffee?": pick one
    }
    Signal kind = null;
    // Without a question mark a later clause opens a question only in the plainest forms
    // ("I'm sorry you went through that, what did it cost you"): "..., which is why" and the
    // like are statements.
    for (int k = clauses - 1; k >= 0; k--) {
      int clauseFrom = text.clauses[firstClause + k];
      if (questionMark && k < clauses - 1 && statementClause(words, flags, clauseFrom,
          text.clauses[firstClause + k + 1])) {
        continue; // the mark ends a later clause: "What I'll do is ..., does that work?"
      }
      Signal clause = questionMark || k == 0
          ? clause(words, flags, clauseFrom, to, questionMark)
          : UnpunctuatedQuestions.laterClause(words, flags, text.clauses, firstClause, k, to);
      if (clause == Signal.OPEN_QUESTION) {
        if (k == 0 && kind == Signal.CLOSED_QUESTION && clauses > 1 && QuestionIdioms
            .askingAnOpinion(words, flags, clauseFrom, text.clauses[firstClause + 1])) {
          return kind; // "so what do you think, shall we get you signed up?"
        }
        return clause;
      }
      if (kind == null) {
        kind = clause;
      }
    }
    if (kind == null && !questionMark && clauses == 1) {
      // speech-to-text often runs a question on after a statement
      kind = UnpunctuatedQuestions.runOn(words, flags, from, to);
    }
    if (kind == null && !questionMark && clauses > 1
        && UnpunctuatedQuestions.tag(words, flags, text.clauses[firstClause + clauses - 1], to)) {
      kind = Signal.CLOSED_QUESTION; // "..., sound good", "..., right"
    }
    if (kind == null && UnpunctuatedQuestions.asksForQuestions(words, flags, from, to)) {
      kind = Signal.CLOSED_QUESTION; // "... any questions" with the mark dropped
    }
    return kind != null ? kind : questionMark ? Signal.CLOSED_QUESTION : null;
  }

  /**
   * Whether the clause {@code [from, to)}, not the last of its sentence, is a pseudo-cleft with
   * a person as the subject of its "what" clause ("What I'll do is ..."); "what else is going
   * on, Sarah?" still asks.
   */
  private static boolean statementClause(String[] words, int[] flags, int from, int to) {
    int i = PhraseMatcher.start(words, flags, from, to);
    return i + 1 < to && WordClass.OPEN_WH.in(flags[i]) && CLEFT_SUBJECTS.contains(words[i + 1])
        && pseudoCleft(words, flags, i, to);
  }

  private static final Set<String> CLEFT_SUBJECTS = Set.of("i", "i'll", "i'd", "i'm", "we",
      "we'll", "we'd", "we're", "you", "you'll", "you'd", "you're", "they", "they'll");

  /** The subjects of an indirect question: "I'd love to hear how ...", "I'm curious why". */
  static final Set<String> FIRST_PERSON = Set.of("i", "i'd", "i'm", "we'd", "i'll");
  /**
   * Auxiliaries that open a question before any subject ("is procurement involved"), where
   * "can", "would", "have", "was" or "were" also open statements with the subject dropped
   * ("would love to", "was at the trade show last week"), and so do the negative ones ("didn't
   * know there was one", "doesn't matter"): those ask only before a subject ("didn't you get
   * the email").
   */
  static final Set<String> ASKING_AUXILIARIES = Set.of("is", "are", "does", "did");
  static final Set<String> MID_AUXILIARIES = Set.of("is", "was", "are", "were", "do",
      "does", "did", "would", "could", "can", "will", "should");

  static final Set<String> CHECKED = Set.of("that", "this", "it");
  /** Subjects after an auxiliary: the inversion that marks a question ("have you", "can i"). */
  static final Set<String> INVERTED = Set.of("you", "y'all", "i", "we", "they");

  static @Nullable Signal clause(String[] words, int[] flags, int from, int to,
      boolean questionMark) {
    int i = PhraseMatcher.start(words, flags, from, to);
    if (i >= to) {
      return null;
    }
    String first = words[i];
    String second = i + 1 < to ? words[i + 1] : "";
    // a word past the end is in no class
    int secondFlags = i + 1 < to ? flags[i + 1] : 0;
    int thirdFlags = i + 2 < to ? flags[i + 2] : 0;
    boolean subjectNext = WordClass.STATEMENT_SUBJECTS.in(secondFlags);
    if (WordClass.OPEN_WH.in(flags[i])) {
      if (!questionMark && pseudoCleft(words, flags, i, to)) {
        return null; // "what you're describing is ...", "what makes sense is ..."
      }
      if ((first.startsWith("how") && (WordClass.ONE_FACT_AFTER_HOW.in(secondFlags)
              || QuestionIdioms.heardOfUs(words, i, to)))
          || (first.startsWith("what") && WordClass.ONE_FACT_AFTER_WHAT.in(secondFlags))
          || (first.startsWith("what") && asksForAFact(words, flags, second.equals("is")
              ? i + 2 : i + 1, to))) {
        return asked(questionMark, first, subjectNext, Signal.CLOSED_QUESTION);
      }
      return asked(questionMark, first, subjectNext, Signal.OPEN_QUESTION);
    }
    if (WordClass.FACT_WH.in(flags[i])) {
      if (!questionMark
          && (timeClause(words, flags, i, to) || QuestionIdioms.reason(words, i, to))) {
        // a time clause ("when you say it's been rough, what ...") or a reason ("which is why
        // we switched"): not a question
        return null;
      }
      String third = i + 2 < to ? words[i + 2] : "";
      // "where do you see this going", "where would you like to be"; not "where are you based"
      boolean openEnded = first.startsWith("where") && WordClass.AUXILIARIES.in(secondFlags)
          && third.equals("you") && i + 3 < to && QuestionIdioms.whereOpen(second, words[i + 3]);
      return asked(questionMark, first, subjectNext,
          openEnded ? Signal.OPEN_QUESTION : Signal.CLOSED_QUESTION);
    }
    if (WordClass.STORY_OPENERS.in(flags[i]) && (second.equals("me") || second.equals("us")
        || first.equals("describe") || first.equals("explain"))
        && (questionMark || !first.equals("help") || to > i + 2
            && words[i + 2].equals("understand"))) {
      return Signal.OPEN_QUESTION;
    }
    if (!questionMark && (first.equals("have") || first.equals("had"))
        && (second.equals("a") || second.equals("an"))) {
      return null; // "have a think", "have a free week on us", "had a look last week"
    }
    int asked = QuestionIdioms.askedAfterLeave(words, flags, i, to);
    if (asked >= 0) {
      return clause(words, flags, asked, to, true); // "can I ask what got you thinking ..."
    }
    if (WordClass.AUXILIARIES.in(flags[i]) && WordClass.SUBJECTS.in(secondFlags)) {
      // "can you describe ..." asks for a story; "does it talk to QuickBooks" does not
      boolean story = WordClass.INVERTED.in(secondFlags) && story(words, flags, i + 2, to);
      return story ? Signal.OPEN_QUESTION : Signal.CLOSED_QUESTION;
    }
    if ((first.equals("want") || first.equals("wanna"))
        && (second.equals("to") || second.equals("me") || second.equals("us"))) {
      return Signal.CLOSED_QUESTION; // "want me to go ahead", "want to come and drive both"
    }
    if (i == from && i + 2 < to && WordClass.ASKING_AUXILIARIES.in(flags[i])
        && !WordClass.OPEN_WH.in(secondFlags) && !WordClass.FACT_WH.in(secondFlags)) {
      // "does Tuesday at two work", "is procurement involved"; not "is what it is"
      return Signal.CLOSED_QUESTION;
    }
    return indirect(words, flags, i, to);
  }

  /** After "can you": "describe ...", "walk me through", "paint me a picture". */
  private static boolean story(String[] words, int[] flags, int at, int to) {
    int verb = at < to ? flags[at] : 0;
    if (WordClass.STORY_OPENERS.in(verb)) {
      return true;
    }
    return WordClass.STORY_AFTER_YOU.in(verb) && at + 2 < to
        && (words[at + 1].equals("me") || words[at + 1].equals("us"))
        && !WordClass.NOT_A_STORY.in(flags[at + 2])
        && !(at + 3 < to && WordClass.NOT_A_STORY.in(flags[at + 3]));
  }

  /** "when" before its subject opens a time clause: "when that happens", "when you say". */
  static boolean timeClause(String[] words, int[] flags, int at, int to) {
    return words[at].equals("when") && at + 1 < to && WordClass.SUBJECTS.in(flags[at + 1]);
  }

  /**
   * "what's the budget", "what is the address", also with a word between ("what's the best
   * email", "what's the monthly fee"): one fact.
   */
  private static boolean asksForAFact(String[] words, int[] flags, int at, int to) {
    return at + 1 < to && FACT_DETERMINERS.contains(words[at])
        && (WordClass.FACT_NOUNS.in(flags[at + 1])
            || at + 2 < to && WordClass.FACT_NOUNS.in(flags[at + 2]));
  }

  /**
   * An indirect question in the first person: "I'd love to hear how you got here", "I'm
   * curious why", "I'm interested in what", "I want to understand what happens". "Hear",
   * "understand", "know" and "learn" count only after "to" ("I know what you mean" is a
   * statement).
   */
  static @Nullable Signal indirect(String[] words, int[] flags, int i, int to) {
    if (!WordClass.FIRST_PERSON.in(flags[i])) {
      return null;
    }
    for (int k = i + 1; k < Math.min(to - 1, i + 6); k++) {
      if (!WordClass.INDIRECT.in(flags[k])) {
        continue; // no String compared for most words
      }
      if (!ASKING_ALONE.contains(words[k]) && !words[k - 1].equals("to")) {
        continue;
      }
      if (words[k].equals("interested") && (!INTERESTED_NOW.contains(words[i])
          || WordClass.NEGATIONS.anyIn(flags, i + 1, k))) {
        return null; // "I'm not interested in what you're selling", "I was interested in what"
      }
      int w = k + 1;
      while (w < to - 1 && LEAD_INS.contains(words[w])) {
        w++;
      }
      String wh = words[w];
      if (wh.equals("to")) {
        continue; // "I'd be curious to hear how ...": the verb after "to" leads to the question
      }
      if (WordClass.OPEN_WH.in(flags[w])) {
        return Signal.OPEN_QUESTION;
      }
      if (WordClass.FACT_WH.in(flags[w]) || wh.equals("if") || wh.equals("whether")) {
        return Signal.CLOSED_QUESTION;
      }
      return null;
    }
    return null;
  }

  /**
   * A wh-opening is a question with a question mark; without one, unless a subject follows it
   * ("what we need is ...") — a wh-word said alone ("and then what") is a question too.
   */
  private static @Nullable Signal asked(boolean questionMark, String first, boolean subjectNext,
      Signal kind) {
    // "how's the weather": the contraction carries the verb, so a subject may follow
    if (questionMark || first.endsWith("'s") || CONTRACTED.contains(first) || !subjectNext) {
      return kind;
    }
    return null;
  }

  /**
   * Whether the words from {@code i} (past any filler) to {@code to} open a statement with a
   * "what" clause as its subject: "what you're describing is ...", "what I'll do is ...". Not
   * "what time is it" or "what is it you need" (an auxiliary before a subject asks).
   */
  static boolean pseudoCleft(String[] words, int[] flags, int i, int to) {
    int secondFlags = i + 1 < to ? flags[i + 1] : 0;
    int thirdFlags = i + 2 < to ? flags[i + 2] : 0;
    return words[i].startsWith("what") && WordClass.OPEN_WH.in(flags[i])
        && copulaLater(words, i + 2, to)
        && !(WordClass.ONE_FACT_AFTER_WHAT.in(secondFlags) && words[i + 2].equals("is"))
        && !(WordClass.AUXILIARIES.in(secondFlags) && WordClass.SUBJECTS.in(thirdFlags));
  }

  static boolean copulaLater(String[] words, int from, int to) {
    for (int k = from; k < to; k++) {
      if (words[k].equals("is") || words[k].equals("was")) {
        return true;
      }
    }
    return false;
  }
}
