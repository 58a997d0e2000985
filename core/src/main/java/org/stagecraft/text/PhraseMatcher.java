package org.stagecraft.text;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.stagecraft.SpeakerRole;

/**
 * Finds the phrases of many {@link PhraseRule}s in a sentence in one left-to-right pass: from each
 * word, a trie of whole-word phrases is walked one hash look-up per word; the few phrases with
 * stems are looked up by their first word or stem and checked word by word. Time is linear in the
 * words times the longest phrase; there is no backtracking.
 *
 * <p>Immutable and thread-safe once built.
 */
final class PhraseMatcher {
  /** Words that open a sentence without changing what it is ("so what made you ..."). */
  static final Set<String> FILLERS = Set.of("so", "and", "but", "um", "uh", "uhm", "er", "erm",
      "okay", "ok", "well", "right", "alright", "yeah", "yes", "now", "just", "also", "oh",
      "hey", "hi", "then", "like", "look", "listen", "see", "anyway", "anyways", "hmm", "mm",
      "great", "sure", "cool", "perfect", "got", "it", "gotcha", "yep", "yup", "no", "sorry",
      "ha", "ah", "wow");
  private static final Set<String> NEGATIONS = Set.of("no", "not", "never", "don't", "doesn't",
      "didn't", "isn't", "aren't", "wasn't", "won't", "wouldn't", "can't", "cannot", "nothing",
      "without", "hardly", "zero", "none");
  private static final int STEM = 4;

  /** A match: the rule and the words it matched. */
  record Hit(PhraseRule rule, String matched) {}

  private record Entry(PhraseRule rule, ImmutableList<String> words) {}

  /** A trie over whole words: one hash look-up per word walked, whatever the phrase count. */
  private static final class Node {
    final Map<String, Node> next = new HashMap<>();
    final List<Entry> ends = new ArrayList<>();
  }

  private final Node root = new Node();
  private final Map<String, List<Entry>> byWord = new HashMap<>();
  private final Map<String, List<Entry>> byStem = new HashMap<>();
  /**
   * The keys of {@link #byStem} and their entries, side by side: a scan of these few costs less
   * than cutting a prefix from every word to look it up.
   */
  private final String[] stemKeys;
  private final List<List<Entry>> stemEntries = new ArrayList<>();
  /** For each known stem (by {@link Vocabulary} id): its trie node, and its phrases with stems. */
  private final Node[] rootById;
  private final List<@Nullable List<Entry>> byWordById = new ArrayList<>();
  private final List<@Nullable List<Entry>> byStemById = new ArrayList<>();

  PhraseMatcher(List<PhraseRule> rules) {
    for (PhraseRule written : rules) {
      PhraseRule rule = stemmed(written);
      for (ImmutableList<String> phrase : rule.phrases()) {
        String first = phrase.get(0);
        if (phrase.stream().noneMatch(w -> w.endsWith("*") || w.startsWith("="))) {
          Node node = root;
          for (String word : phrase) {
            node = node.next.computeIfAbsent(word, k -> new Node());
          }
          node.ends.add(new Entry(rule, phrase));
        } else if (first.endsWith("*")) {
          if (first.length() - 1 < STEM) {
            throw new IllegalArgumentException("stem too short in rule " + rule.id() + ": "
                + first);
          }
          byStem.computeIfAbsent(first.substring(0, STEM), k -> new ArrayList<>())
              .add(new Entry(rule, phrase));
        } else {
          byWord.computeIfAbsent(first.startsWith("=") ? Stems.of(first.substring(1)) : first,
              k -> new ArrayList<>()).add(new Entry(rule, phrase));
        }
      }
    }
    stemKeys = byStem.keySet().toArray(new String[0]);
    for (String key : stemKeys) {
      stemEntries.add(byStem.get(key));
    }
    List<String> known = Vocabulary.stems();
    rootById = new Node[known.size()];
    for (int id = 0; id < known.size(); id++) {
      String stem = known.get(id);
      rootById[id] = root.next.get(stem);
      byWordById.add(byWord.get(stem));
      byStemById.add(stem.length() >= STEM ? byStem(stem) : null);
    }
  }

  /** The rule with its phrases and cancelling words stemmed as the text will be. */
  private static PhraseRule stemmed(PhraseRule rule) {
    ImmutableList<ImmutableList<String>> phrases = rule.phrases().stream()
        .map(p -> p.stream().map(w -> w.endsWith("*") || w.startsWith("=") ? w : Stems.of(w))
            .collect(ImmutableList.toImmutableList()))
        .collect(ImmutableList.toImmutableList());
    return new PhraseRule(rule.id(), rule.signal(), rule.role(), phrases, rule.negatable(),
        rule.leading(), rule.unless().stream().map(Stems::of)
            .collect(com.google.common.collect.ImmutableSet.toImmutableSet()), rule.statement(),
        rule.negatedOnly());
  }

  /** The sentence's first word that is not a filler. */
  static int start(String[] words) {
    return start(words, 0);
  }

  /** The first word from {@code from} on that is not a filler. */
  static int start(String[] words, int from) {
    int i = from;
    while (i < words.length - 1 && FILLERS.contains(words[i])) {
      i++;
    }
    return i;
  }

  /**
   * Every rule match in a sentence said by {@code role}, in order of position: phrases are
   * matched on the stems, negations and the sentence's start read from the words.
   */
  List<Hit> match(Sentences.Sentence sentence, SpeakerRole role, boolean question) {
    String[] words = sentence.tokens();
    String[] stems = sentence.stems();
    int[] ids = sentence.stemIds();
    List<Hit> hits = new ArrayList<>();
    int start = start(words);
    for (int i = 0; i < stems.length; i++) {
      int id = ids[i];
      Node node = id >= 0 ? rootById[id] : root.next.get(stems[i]);
      for (int j = i + 1; node != null; j++) {
        collect(node.ends, words, stems, i, start, role, question, hits);
        node = j < stems.length ? node.next.get(stems[j]) : null;
      }
      if (id >= 0) {
        collect(byWordById.get(id), words, stems, i, start, role, question, hits);
        collect(byStemById.get(id), words, stems, i, start, role, question, hits);
      } else {
        collect(byWord.get(stems[i]), words, stems, i, start, role, question, hits);
        if (stems[i].length() >= STEM) {
          collect(byStem(stems[i]), words, stems, i, start, role, question, hits);
        }
      }
    }
    return hits;
  }

  /** The entries whose stem {@code stem} starts with: the keys all have {@value #STEM} letters. */
  private @Nullable List<Entry> byStem(String stem) {
    for (int k = 0; k < stemKeys.length; k++) {
      if (stem.startsWith(stemKeys[k])) {
        return stemEntries.get(k);
      }
    }
    return null;
  }

  private static void collect(@Nullable List<Entry> entries, String[] words, String[] stems,
      int at, int start, SpeakerRole role, boolean question, List<Hit> hits) {
    if (entries == null || entries.isEmpty()) {
      return;
    }
    for (Entry entry : entries) {
      PhraseRule rule = entry.rule();
      int length = entry.words().size();
      if ((rule.role() != null && rule.role() != role) || at + length > words.length
          || (rule.statement() && question)
          || (rule.leading() && at != start) || !matches(entry.words(), words, stems, at)
          || (rule.negatable() && negated(words, at))
          || (rule.negatedOnly() && !negated(words, at)) || cancelled(rule, stems, at + length)) {
        continue;
      }
      hits.add(new Hit(rule, String.join(" ", List.of(words).subList(at, at + length))));
    }
  }

  private static boolean matches(ImmutableList<String> phrase, String[] words, String[] stems,
      int at) {
    for (int k = 0; k < phrase.size(); k++) {
      String want = phrase.get(k);
      String stem = stems[at + k];
      boolean ok = want.endsWith("*") ? stem.startsWith(want.substring(0, want.length() - 1))
          : want.startsWith("=") ? words[at + k].equals(want.substring(1)) : stem.equals(want);
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean negated(String[] words, int at) {
    for (int k = Math.max(0, at - 4); k < at; k++) {
      if (NEGATIONS.contains(words[k])) {
        return true;
      }
    }
    return false;
  }

  private static boolean cancelled(PhraseRule rule, String[] words, int from) {
    if (rule.unless().isEmpty()) {
      return false;
    }
    for (int k = from; k < words.length; k++) {
      if (rule.unless().contains(words[k])) {
        return true;
      }
    }
    return false;
  }
}
