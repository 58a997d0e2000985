package org.stagecraft.text;

import java.util.Set;

/**
 * The closed word lists the classifier tests tokens against (fillers, negations, agreement, the
 * word lists of {@link Questions}), each with a bit in a known word's {@link
 * Vocabulary.Word#flags()}: a token's membership is read from its flags, set once when the
 * vocabulary is built, instead of a hash look-up per test. Every listed word is in the
 * vocabulary, so an unknown token is in none of them.
 *
 * <p>Immutable and thread-safe.
 */
enum WordClass {
  /** Words that open a sentence without changing what it is ("so what made you ..."). */
  FILLERS("so", "and", "but", "um", "uh", "uhm", "er", "erm", "okay", "ok", "well", "right",
      "alright", "yeah", "yes", "now", "just", "also", "oh", "hey", "hi", "then", "like", "look",
      "listen", "see", "anyway", "anyways", "hmm", "mm", "great", "sure", "cool", "perfect", "got",
      "gotcha", "yep", "yup", "no", "sorry", "ha", "ah", "wow"),
  /** Words that, up to four words before a phrase, negate it ("no problem"). */
  NEGATIONS("no", "not", "never", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't",
      "won't", "wouldn't", "can't", "cannot", "nothing", "without", "hardly", "zero", "none"),
  /** A prospect's agreement, opening a turn after the seller's check ("Yes."). */
  AGREEMENT("yes", "yeah", "yep", "yup", "correct", "right", "exactly", "absolutely",
      "definitely", "totally", "spot"),
  /** Words that, after "but", say a problem is over ({@link PastProblems}). */
  SOLVED("sorted", "fixed", "fine", "smooth", "solved", "resolved", "switched", "profitable",
      "handled"),
  // The word lists of questions, each described where it is defined, in Questions.
  OPEN_WH(Questions.OPEN_WH),
  FACT_WH(Questions.FACT_WH),
  ONE_FACT_AFTER_HOW(Questions.ONE_FACT_AFTER_HOW),
  ONE_FACT_AFTER_WHAT(Questions.ONE_FACT_AFTER_WHAT),
  FACT_NOUNS(Questions.FACT_NOUNS),
  AUXILIARIES(Questions.AUXILIARIES),
  SUBJECTS(Questions.SUBJECTS),
  STATEMENT_SUBJECTS(Questions.STATEMENT_SUBJECTS),
  STORY_OPENERS(Questions.STORY_OPENERS),
  STORY_AFTER_YOU(Questions.STORY_AFTER_YOU),
  NOT_A_STORY(Questions.NOT_A_STORY),
  INDIRECT(Questions.INDIRECT),
  CHECK_VERBS(Questions.CHECK_VERBS),
  BOUNDARIES(UnpunctuatedQuestions.BOUNDARIES),
  MID_AUXILIARIES(Questions.MID_AUXILIARIES),
  ASKING_AUXILIARIES(Questions.ASKING_AUXILIARIES),
  CONJUNCTIONS(UnpunctuatedQuestions.CONJUNCTIONS),
  FIRST_PERSON(Questions.FIRST_PERSON),
  TAG_AUXILIARIES(UnpunctuatedQuestions.TAG_AUXILIARIES),
  TAG_PRONOUNS(UnpunctuatedQuestions.TAG_PRONOUNS),
  NOT_BEFORE_A_TAG(UnpunctuatedQuestions.NOT_BEFORE_A_TAG),
  BEFORE_A_STATEMENT(UnpunctuatedQuestions.BEFORE_A_STATEMENT),
  CHECKED(Questions.CHECKED),
  INVERTED(Questions.INVERTED),
  NOT_A_TAG(UnpunctuatedQuestions.NOT_A_TAG),
  NOT_BEFORE_ANYTHING(UnpunctuatedQuestions.NOT_BEFORE_ANYTHING);

  private final Set<String> words;
  private final int bit;

  WordClass(String... words) {
    this(Set.of(words));
  }

  WordClass(Set<String> words) {
    this.words = words;
    this.bit = 1 << ordinal();
  }

  /** The words of this class. */
  Set<String> words() {
    return words;
  }

  static {
    if (values().length > Integer.SIZE) {
      throw new AssertionError("more word classes than bits in an int");
    }
  }

  /** This class's bit in a word's flags. */
  int bit() {
    return bit;
  }

  /** Whether a word with {@code flags} belongs to this class. */
  boolean in(int flags) {
    return (flags & bit) != 0;
  }

  /** Whether a word of {@code flags[from, to)} belongs to this class. */
  boolean anyIn(int[] flags, int from, int to) {
    for (int k = from; k < to; k++) {
      if (in(flags[k])) {
        return true;
      }
    }
    return false;
  }

  /** The flags of {@code word}: the bits of every class it belongs to. */
  static int flagsOf(String word) {
    int flags = 0;
    for (WordClass c : values()) {
      if (c.words.contains(word)) {
        flags |= c.bit;
      }
    }
    return flags;
  }
}
