package org.stagecraft.text;

import java.util.Set;

/**
 * Fixed turns of phrase whose kind of question {@link Questions} would read wrongly from the
 * form of their opening alone: a closing choice ("..., tea or coffee?"), leave to ask ("can I
 * ask what ..."), an opinion that leads in to a yes-or-no question ("what do you think, shall
 * we ...?"), where the prospect heard of us, where someone is or is going, and "which is why"
 * carrying on a statement. Each was read off the development corpora's labels
 * (docs/classifier.md, eighth round).
 */
final class QuestionIdioms {
  private QuestionIdioms() {}

  /**
   * Whether the last clause {@code [from, to)} of a question offers a short choice ("email or
   * mobile", "Zoom or Teams for Thursday"): the question asks to pick one, however it opened.
   */
  static boolean alternatives(String[] words, int[] flags, int from, int to) {
    if (to - from > MAX_CHOICE) {
      return false;
    }
    boolean or = false;
    for (int k = from; k < to; k++) {
      if (WordClass.OPEN_WH.in(flags[k]) || WordClass.FACT_WH.in(flags[k])) {
        return false; // "what's been going on, or what changed?" asks again, offers no choice
      }
      or |= words[k].equals("or");
    }
    return or;
  }

  /**
   * Where the question starts that "can I ask", "could I just ask" or "may I ask you" asks
   * leave to put: its wh-word, whose kind is the question's; or -1.
   */
  static int askedAfterLeave(String[] words, int[] flags, int i, int to) {
    if (i + 3 >= to || !words[i + 1].equals("i") || !LEAVE.contains(words[i])) {
      return -1;
    }
    int k = words[i + 2].equals("just") ? i + 3 : i + 2;
    if (k + 1 >= to || !words[k].equals("ask")) {
      return -1;
    }
    k = words[k + 1].equals("you") ? k + 2 : k + 1;
    return k < to && (WordClass.OPEN_WH.in(flags[k]) || WordClass.FACT_WH.in(flags[k])) ? k : -1;
  }

  private static final Set<String> LEAVE = Set.of("can", "could", "may");

  /**
   * Whether the clause {@code [from, to)} is only "what do you think" (or "reckon", "say"): before
   * a yes-or-no question it leads in to that question and asks for no story of its own.
   */
  static boolean askingAnOpinion(String[] words, int[] flags, int from, int to) {
    int i = PhraseMatcher.start(words, flags, from, to);
    return to - i == 4 && words[i].equals("what") && words[i + 1].equals("do")
        && words[i + 2].equals("you") && OPINION.contains(words[i + 3]);
  }

  private static final Set<String> OPINION = Set.of("think", "reckon", "say");

  /**
   * "How did you hear about us", "how did you find out about us", "how did you find us": one
   * fact, the source. Not "how did you hear about the outage?", which asks for the story.
   */
  static boolean heardOfUs(String[] words, int at, int to) {
    if (at + 4 >= to || !words[at + 2].equals("you")
        || !(words[at + 1].equals("did") || words[at + 1].equals("do"))) {
      return false;
    }
    String verb = words[at + 3];
    int about = verb.equals("find") && words[at + 4].equals("out") ? at + 5 : at + 4;
    if (verb.equals("find") && about == at + 4) {
      return US.contains(words[about]); // "how did you find us"
    }
    return (verb.equals("hear") || about == at + 5) && about + 1 < to
        && (words[about].equals("about") || words[about].equals("of"))
        && US.contains(words[about + 1]);
  }

  private static final Set<String> US = Set.of("us", "our");

  /**
   * Whether "where" + {@code auxiliary} + "you" + {@code verb} asks for a view or a story
   * ("where do you see this going", "where do you struggle most", "where would you like to be")
   * rather than a place ("where are you based", "where did you grow up", "where do you live");
   * "where are you at with this" asks how it stands.
   */
  static boolean whereOpen(String auxiliary, String verb) {
    return verb.equals("at")
        || !PAST_OR_BEING.contains(auxiliary) && !PLACE_VERBS.contains(verb);
  }

  private static final Set<String> PAST_OR_BEING = Set.of("are", "is", "were", "was", "did");
  private static final Set<String> PLACE_VERBS = Set.of("live", "park", "work", "buy", "shop",
      "bank", "stay", "keep", "come", "sit", "sleep", "store", "get", "put", "meet");

  /** The most words of a clause that offers a choice: our own choice, from the corpora. */
  private static final int MAX_CHOICE = 5;

  /**
   * "Which" opening a reason or a consequence of what was said before: "which is why we
   * switched", "which is actually why", "which means".
   */
  static boolean reason(String[] words, int at, int to) {
    if (!words[at].equals("which") || at + 1 >= to) {
      return false;
    }
    String verb = words[at + 1];
    if (verb.equals("means") || verb.equals("meant")) {
      return true;
    }
    int k = at + 2;
    while (k < to && HEDGES.contains(words[k])) {
      k++;
    }
    return (verb.equals("is") || verb.equals("was")) && k < to && words[k].equals("why");
  }

  private static final Set<String> HEDGES = Set.of("actually", "exactly", "partly", "also",
      "really", "just", "basically");
}
