package org.stagecraft.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The words the classifier expects to read (those of the development corpora, the phrase rules
 * and the {@link WordClass} lists), each with its stem, its stem's id and its word classes, built
 * once when the class loads. {@link Sentences} looks a token up straight from the characters of
 * the text: a known word then costs one hash over its characters, with no String built and no
 * stemming, and its String and stem are shared, their hash codes computed once. An unknown word is
 * simply not found, and is built and stemmed as before (its stem may still be a known one, with
 * its id: {@link #stemId}), so the vocabulary changes the speed only, never a token.
 *
 * <p>Immutable after class load and thread-safe.
 */
final class Vocabulary {
  /**
   * A known word, its stem ({@link Stems}), the stem's id (an index of {@link #stems()}) and the
   * bits of the {@link WordClass}es it belongs to.
   */
  record Word(String token, String stem, int stemId, int flags) {}

  private static final char[][] KEYS;
  /**
   * Per slot, side by side so that one cache line holds both: {@code [2 * slot]} is 0 for a free
   * slot, else a set top bit, the key's length and its {@link #hash}; {@code [2 * slot + 1]} is
   * the key's characters {@link #pack packed}. A probe for a short word reads only these; most
   * probes that miss stop at the hash, without reading the key.
   */
  private static final long[] TABLE;
  private static final Word[] WORDS;
  private static final int MASK;
  /** The known stems, by id. */
  private static final List<String> STEMS;
  /** {@link #STEMS} in open addressing by String hash, with their ids: for unknown words. */
  private static final String[] STEM_KEYS;
  private static final int[] STEM_IDS;

  static {
    Set<String> words = new LinkedHashSet<>();
    for (WordClass c : WordClass.values()) {
      words.addAll(c.words()); // so that an unknown word is in no class
    }
    for (PhraseRule rule : EnglishRules.all()) {
      rule.phrases().forEach(phrase -> phrase.forEach(w -> {
        if (!w.endsWith("*")) {
          words.add(w.startsWith("=") ? w.substring(1) : w);
        }
      }));
    }
    words.addAll(CorpusWords.load());
    int capacity = Integer.highestOneBit(Math.max(16, words.size() * 4));
    KEYS = new char[capacity][];
    TABLE = new long[capacity * 2];
    WORDS = new Word[capacity];
    MASK = capacity - 1;
    Map<String, Integer> ids = new HashMap<>();
    List<String> stems = new ArrayList<>(); // one String per distinct stem
    for (String word : words) {
      int slot = slot(hash(word));
      while (KEYS[slot] != null) {
        slot = (slot + 1) & MASK;
      }
      KEYS[slot] = word.toCharArray();
      TABLE[2 * slot] = meta(word.length(), hash(word));
      TABLE[2 * slot + 1] = pack(KEYS[slot], 0, word.length());
      int id = ids.computeIfAbsent(Stems.of(word), stem -> {
        stems.add(stem);
        return stems.size() - 1;
      });
      WORDS[slot] = new Word(word, stems.get(id), id, WordClass.flagsOf(word));
    }
    STEMS = List.copyOf(stems);
    STEM_KEYS = new String[Integer.highestOneBit(Math.max(16, stems.size() * 4))];
    STEM_IDS = new int[STEM_KEYS.length];
    for (int id = 0; id < stems.size(); id++) {
      int slot = stemSlot(stems.get(id).hashCode());
      while (STEM_KEYS[slot] != null) {
        slot = (slot + 1) & (STEM_KEYS.length - 1);
      }
      STEM_KEYS[slot] = stems.get(id);
      STEM_IDS[slot] = id;
    }
  }

  private Vocabulary() {}

  /**
   * The known stems, each at its id: tables indexed by stem id let the matcher and the cue model
   * skip a hash look-up for every known word.
   */
  static List<String> stems() {
    return STEMS;
  }

  /** The id of {@code stem} in {@link #stems()}, or -1 if it is not a known stem. */
  static int stemId(String stem) {
    for (int slot = stemSlot(stem.hashCode()); STEM_KEYS[slot] != null;
        slot = (slot + 1) & (STEM_KEYS.length - 1)) {
      if (STEM_KEYS[slot].equals(stem)) {
        return STEM_IDS[slot];
      }
    }
    return -1;
  }

  private static int stemSlot(int hash) {
    return (hash ^ (hash >>> 15)) & (STEM_KEYS.length - 1);
  }

  /** The straight apostrophe for a curly one, else {@code c}: tokens keep straight ones. */
  static char normal(char c) {
    return c == '\u2019' || c == '\u2018' ? '\'' : c;
  }

  /**
   * The hash {@link #find} expects: String's, over the characters with curly apostrophes read as
   * straight ({@link #normal}).
   */
  static int hash(String word) {
    int h = 0;
    for (int i = 0; i < word.length(); i++) {
      h = 31 * h + normal(word.charAt(i));
    }
    return h;
  }

  private static int slot(int hash) {
    return (hash ^ (hash >>> 15)) & MASK;
  }

  /**
   * The known word in {@code text[from, to)}, lowercase with straight quotes ({@link #normal}),
   * whose {@link #hash} is {@code hash}, or null if it is not known.
   */
  static @Nullable Word find(char[] text, int from, int to, int hash) {
    long meta = meta(to - from, hash);
    long packed = pack(text, from, to);
    long[] table = TABLE;
    for (int slot = slot(hash); table[2 * slot] != 0; slot = (slot + 1) & MASK) {
      if (table[2 * slot] == meta && (packed != UNPACKED ? table[2 * slot + 1] == packed
          : same(KEYS[slot], text, from, to))) {
        return WORDS[slot];
      }
    }
    return null;
  }

  /** A slot's first long in {@link #TABLE}: not 0, whatever the length and hash. */
  private static long meta(int length, int hash) {
    return Long.MIN_VALUE | (long) length << 32 | (hash & 0xFFFFFFFFL);
  }

  /** {@link #pack} of characters that do not fit a long; no characters fit in it. */
  private static final long UNPACKED = Long.MIN_VALUE;

  /**
   * The characters {@code text[from, to)}, at most eight and each below 256, as the bytes of a
   * long, the last character lowest; or {@link #UNPACKED}. Two words of one length are the same
   * if their packed longs are. A word's characters are never 0, so no word packs to {@link
   * #UNPACKED} (its lowest byte would be 0).
   */
  private static long pack(char[] text, int from, int to) {
    if (to - from > Long.BYTES) {
      return UNPACKED;
    }
    long packed = 0;
    int all = 0;
    for (int k = from; k < to; k++) {
      packed = packed << 8 | text[k];
      all |= text[k];
    }
    return all < 256 ? packed : UNPACKED;
  }

  /** Whether {@code key} holds the characters of {@code text[from, to)}. */
  static boolean same(char[] key, char[] text, int from, int to) {
    if (key.length != to - from) {
      return false;
    }
    for (int k = 0; k < key.length; k++) { // words are short: no call to a vectorised compare
      if (key[k] != text[from + k]) {
        return false;
      }
    }
    return true;
  }
}
