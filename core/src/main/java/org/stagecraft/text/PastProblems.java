package org.stagecraft.text;

import org.stagecraft.Signal;

/**
 * A problem the prospect had and has since solved ("billing used to be a nightmare, but it's fine
 * now", "we had cash-flow problems in 2020 but we've been profitable since") is no pain now, and a
 * worry since answered ("I was worried about the migration but I think we'd be fine") no
 * objection. Such a sentence names the problem, then "but" and a word that says it is over.
 */
final class PastProblems {
  private PastProblems() {}

  /** Whether {@code signal}, pain or objection, is ruled out in sentence {@code s}: solved. */
  static boolean rulesOut(Signal signal, Sentences.Text text, int s) {
    return (signal.equals(Signal.PAIN) || signal.equals(Signal.OBJECTION)) && solved(text, s);
  }

  /** Whether sentence {@code s} of {@code text} tells of a problem since solved. */
  private static boolean solved(Sentences.Text text, int s) {
    int to = text.to(s);
    for (int w = text.from(s); w < to; w++) {
      if (WordClass.CONJUNCTIONS.in(text.flags[w]) && text.tokens[w].equals("but")) {
        for (int after = w + 1; after < to; after++) {
          if (WordClass.SOLVED.in(text.flags[after])
              && !WordClass.NEGATIONS.anyIn(text.flags, Math.max(w + 1, after - 3), after)) {
            return true; // not "... but it still isn't fixed"
          }
        }
        return false;
      }
    }
    return false;
  }
}
