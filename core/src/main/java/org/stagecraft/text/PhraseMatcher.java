package org.stagecraft.text;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.stagecraft.SpeakerRole;

/**
 * Finds the phrases of many {@link PhraseRule}s in a sentence in one left-to-right pass: from each
 * word, a trie of whole-word phrases is walked by stem id ({@link Vocabulary}), one array probe
 * per word; the few phrases with stems or words taken as written are looked up by their first
 * word's stem id, or by the four-letter prefix of a stem, and checked word by word. Every word of
 * a phrase is in the vocabulary, so a word whose stem it does not know starts or continues no
 * whole-word phrase. Time is linear in the words times the longest phrase; there is no
 * backtracking.
 *
 * <p>Immutable and thread-safe once built.
 */
final class PhraseMatcher {
  private static final int STEM = 4;

  /** A match: the rule, and where (a word of its text) and how many words it matched. */
  record Hit(PhraseRule rule, int at, int length) {
    /** The words matched, as written in {@code text}, joined by spaces. */
    String matched(Sentences.Text text) {
      return join(text.tokens, at, at + length);
    }
  }

  /**
   * A rule's phrase. Whole-word phrases need no pattern (the trie has matched them); the others
   * keep, for each word, what it must be: a stem, a stem's prefix ({@code word*}) or a word as
   * written ({@code =word}).
   */
  private record Entry(PhraseRule rule, int length, String @Nullable [] want,
      byte @Nullable [] kind, Unless unless) {}

  /**
   * A rule's cancelling stems: the ids of those the vocabulary knows, and the others as written
   * (none, for the rules we ship). A word whose stem is known is compared by id, with no hash.
   */
  private record Unless(int[] ids, String[] unknown) {
    static final Unless NONE = new Unless(new int[0], new String[0]);

    static Unless of(PhraseRule rule) {
      if (rule.unless().isEmpty()) {
        return NONE;
      }
      return new Unless(
          rule.unless().stream().mapToInt(Vocabulary::stemId).filter(id -> id >= 0).toArray(),
          rule.unless().stream().filter(u -> Vocabulary.stemId(u) < 0).toArray(String[]::new));
    }

    /** Whether the stem {@code stem}, of id {@code id} (-1 if unknown), cancels. */
    boolean has(String stem, int id) {
      if (id >= 0) {
        for (int known : ids) {
          if (known == id) {
            return true;
          }
        }
        return false;
      }
      for (String other : unknown) {
        if (other.equals(stem)) {
          return true;
        }
      }
      return false;
    }
  }

  private static final byte STEM_IS = 0;
  private static final byte PREFIX = 1;
  private static final byte WORD_IS = 2;

  /** A trie node over stem ids: its children in open addressing (-1 for a free slot). */
  private static final class Node {
    int[] keys = {-1};
    Node[] children = new Node[1];
    Entry[] ends = new Entry[0];

    @Nullable Node child(int id) {
      int mask = keys.length - 1;
      for (int slot = id & mask; keys[slot] >= 0; slot = (slot + 1) & mask) {
        if (keys[slot] == id) {
          return children[slot];
        }
      }
      return null;
    }
  }

  /** The trie while it is built, keyed by stem. */
  private static final class Building {
    final Map<String, Building> next = new LinkedHashMap<>();
    final List<Entry> ends = new ArrayList<>();

    Node freeze() {
      Node node = new Node();
      node.ends = ends.toArray(new Entry[0]);
      int size = Integer.highestOneBit(Math.max(1, next.size() * 2 - 1)) * 2;
      node.keys = new int[size];
      Arrays.fill(node.keys, -1);
      node.children = new Node[size];
      next.forEach((stem, child) -> {
        int slot = knownId(stem) & (size - 1);
        while (node.keys[slot] >= 0) {
          slot = (slot + 1) & (size - 1);
        }
        node.keys[slot] = knownId(stem);
        node.children[slot] = child.freeze();
      });
      return node;
    }
  }

  /** For each known stem (by {@link Vocabulary} id): its trie node, and its other phrases. */
  private final @Nullable Node[] rootById;
  private final @Nullable Entry[][] byWordById;
  private final @Nullable Entry[][] byStemById;
  /**
   * The four-letter prefixes of the phrases that start with one, and their entries, side by side:
   * for a word whose stem the vocabulary does not know, a scan of these few.
   */
  private final String[] stemKeys;
  private final Entry[][] stemEntries;

  PhraseMatcher(List<PhraseRule> rules) {
    Building root = new Building();
    Map<String, List<Entry>> byWord = new HashMap<>();
    Map<String, List<Entry>> byStem = new LinkedHashMap<>();
    for (PhraseRule written : rules) {
      PhraseRule rule = stemmed(written);
      for (ImmutableList<String> phrase : rule.phrases()) {
        String first = phrase.get(0);
        if (phrase.stream().noneMatch(w -> w.endsWith("*") || w.startsWith("="))) {
          Building node = root;
          for (String word : phrase) {
            node = node.next.computeIfAbsent(word, k -> new Building());
          }
          node.ends.add(new Entry(rule, phrase.size(), null, null, Unless.of(rule)));
        } else if (first.endsWith("*")) {
          if (first.length() - 1 < STEM) {
            throw new IllegalArgumentException("stem too short in rule " + rule.id() + ": "
                + first);
          }
          byStem.computeIfAbsent(first.substring(0, STEM), k -> new ArrayList<>())
              .add(patterned(rule, phrase));
        } else {
          byWord.computeIfAbsent(first.startsWith("=") ? Stems.of(first.substring(1)) : first,
              k -> new ArrayList<>()).add(patterned(rule, phrase));
        }
      }
    }
    stemKeys = byStem.keySet().toArray(new String[0]);
    stemEntries = byStem.values().stream().map(l -> l.toArray(new Entry[0]))
        .toArray(Entry[][]::new);
    List<String> known = Vocabulary.stems();
    rootById = new Node[known.size()];
    byWordById = new Entry[known.size()][];
    byStemById = new Entry[known.size()][];
    root.next.forEach((stem, node) -> rootById[knownId(stem)] = node.freeze());
    byWord.forEach((stem, entries) -> byWordById[knownId(stem)] = entries.toArray(new Entry[0]));
    for (int id = 0; id < known.size(); id++) {
      byStemById[id] = known.get(id).length() >= STEM ? byStem(known.get(id)) : null;
    }
  }

  /** The id of a stem of the rules: the vocabulary holds every word of every phrase. */
  private static int knownId(String stem) {
    int id = Vocabulary.stemId(stem);
    if (id < 0) {
      throw new IllegalStateException("a phrase's stem is missing from the vocabulary: " + stem);
    }
    return id;
  }

  private static Entry patterned(PhraseRule rule, List<String> phrase) {
    String[] want = new String[phrase.size()];
    byte[] kind = new byte[phrase.size()];
    for (int k = 0; k < want.length; k++) {
      String w = phrase.get(k);
      kind[k] = w.endsWith("*") ? PREFIX : w.startsWith("=") ? WORD_IS : STEM_IS;
      want[k] = kind[k] == PREFIX ? w.substring(0, w.length() - 1)
          : kind[k] == WORD_IS ? w.substring(1) : w;
    }
    return new Entry(rule, want.length, want, kind, Unless.of(rule));
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

  /**
   * The first word from {@code from} on that is not a filler, given the words and their flags,
   * or the last word before {@code to} if all are.
   */
  static int start(String[] words, int[] flags, int from, int to) {
    int i = from;
    while (i < to - 1 && (WordClass.FILLERS.in(flags[i])
        || i > from && words[i].equals("it") && words[i - 1].equals("got"))) {
      i++; // "got it" is a filler, "it" alone a subject ("it was a nightmare")
    }
    return i;
  }

  /** {@code words[from, to)} joined by spaces. */
  static String join(String[] words, int from, int to) {
    if (to - from == 1) {
      return words[from];
    }
    StringBuilder joined = new StringBuilder();
    for (int k = from; k < to; k++) {
      joined.append(k == from ? "" : " ").append(words[k]);
    }
    return joined.toString();
  }

  /**
   * Adds to {@code hits} every rule match in sentence {@code s} of {@code text}, said by {@code
   * role}, in order of position: phrases are matched on the stems, negations and the sentence's
   * start read from the words.
   */
  void match(Sentences.Text text, int s, SpeakerRole role, boolean question, List<Hit> hits) {
    String[] stems = text.stems;
    int[] ids = text.stemIds;
    int from = text.from(s);
    int to = text.to(s);
    Sentence sentence = new Sentence(text, from, to, start(text.tokens, text.flags, from, to),
        role, question);
    for (int i = from; i < to; i++) {
      int id = ids[i];
      if (id < 0) {
        if (stems[i].length() >= STEM) {
          collect(byStem(stems[i]), sentence, i, hits);
        }
        continue;
      }
      Node node = rootById[id];
      for (int j = i + 1; node != null; j++) {
        collect(node.ends, sentence, i, hits);
        node = j < to && ids[j] >= 0 ? node.child(ids[j]) : null;
      }
      collect(byWordById[id], sentence, i, hits);
      collect(byStemById[id], sentence, i, hits);
    }
  }

  /**
   * The sentence being matched: its text, its words {@code [from, to)}, its first word after
   * fillers, who said it and whether it is a question.
   */
  private record Sentence(Sentences.Text text, int from, int to, int start, SpeakerRole role,
      boolean question) {}

  /** The entries whose stem {@code stem} starts with: the keys all have {@value #STEM} letters. */
  private Entry @Nullable [] byStem(String stem) {
    for (int k = 0; k < stemKeys.length; k++) {
      if (stem.startsWith(stemKeys[k])) {
        return stemEntries[k];
      }
    }
    return null;
  }

  private static void collect(Entry @Nullable [] entries, Sentence sentence, int at,
      List<Hit> hits) {
    if (entries == null) {
      return;
    }
    int[] flags = sentence.text().flags;
    for (Entry entry : entries) {
      PhraseRule rule = entry.rule();
      int length = entry.length();
      if ((rule.role() != null && rule.role() != sentence.role()) || at + length > sentence.to()
          || (rule.statement() && sentence.question())
          || (rule.leading() && at != sentence.start()) || !matches(entry, sentence.text(), at)
          || (rule.negatable() && negated(flags, sentence.from(), at))
          || (rule.negatedOnly() && !negated(flags, sentence.from(), at))
          || cancelled(entry.unless(), sentence.text(), at + length, sentence.to())) {
        continue;
      }
      hits.add(new Hit(rule, at, length));
    }
  }

  /** Whether the entry's words match from {@code at}: always, for a whole-word phrase. */
  private static boolean matches(Entry entry, Sentences.Text text, int at) {
    String[] want = entry.want();
    byte[] kind = entry.kind();
    if (want == null || kind == null) {
      return true; // the trie walked its stems
    }
    String[] words = text.tokens;
    String[] stems = text.stems;
    for (int k = 0; k < want.length; k++) {
      String stem = stems[at + k];
      boolean ok = kind[k] == PREFIX ? stem.startsWith(want[k])
          : kind[k] == WORD_IS ? words[at + k].equals(want[k]) : stem.equals(want[k]);
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** Whether a word of the four before {@code at} negates; its sentence starts at {@code from}. */
  private static boolean negated(int[] flags, int from, int at) {
    return WordClass.NEGATIONS.anyIn(flags, Math.max(from, at - 4), at);
  }

  private static boolean cancelled(Unless unless, Sentences.Text text, int from, int to) {
    if (unless == Unless.NONE) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (unless.has(text.stems[k], text.stemIds[k])) {
        return true;
      }
    }
    return false;
  }
}
