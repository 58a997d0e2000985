package org.stagecraft.text;

/**
 * A problem the prospect had and has since solved ("billing used to be a nightmare, but it's fine
 * now", "we had cash-flow problems in 2020 but we've been profitable since") is no pain now, and a
 * worry since answered ("I was worried about the migration but I think we'd be fine") no
 * objection. Such a sentence names the problem, then "but" and a word that says it is over.
 */
final class PastProblems {
  private PastProblems() {}

  /** Whether sentence {@code s} of {@code text} tells of a problem since solved. */
  static boolean solved(Sentences.Text text, int s) {
    int to = text.to(s);
    for (int w = text.from(s); w < to; w++) {
      if (WordClass.CONJUNCTIONS.in(text.flags[w]) && text.tokens[w].equals("but")) {
        for (int after = w + 1; after < to; after++) {
          if (WordClass.SOLVED.in(text.flags[after]) && !negatedBefore(text, w + 1, after)) {
            return true; // not "... but it still isn't fixed"
          }
        }
        return false;
      }
    }
    return false;
  }

  /** Whether a negation comes within three words before {@code at}, from {@code from} on. */
  private static boolean negatedBefore(Sentences.Text text, int from, int at) {
    for (int w = Math.max(from, at - 3); w < at; w++) {
      if (WordClass.NEGATIONS.in(text.flags[w])) {
        return true;
      }
    }
    return false;
  }
}
