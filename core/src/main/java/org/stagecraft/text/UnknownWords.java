package org.stagecraft.text;

/**
 * The words of a text that the {@link Vocabulary} does not know (names, rare words), each
 * built, stemmed and its stem looked up once, then found again by its characters as a known word
 * is: a transcript repeats its names and its trade's words. At most {@value #LIMIT} words are
 * kept; after that, a new unknown word is built each time it is met. A word found here is the
 * same as one built afresh, so the memo changes the speed only.
 *
 * <p>Not thread-safe: one per {@link Sentences.Reader}, itself one per thread or per transcript.
 * It keeps single words of the text it has read (no sentences), for as long as its reader lives.
 */
final class UnknownWords {
  /** The most words kept: the table has twice as many slots, so a probe stays short. */
  static final int LIMIT = 1024;

  private final char[][] keys = new char[LIMIT * 2][];
  private final int[] hashes = new int[LIMIT * 2];
  private final Vocabulary.Word[] words = new Vocabulary.Word[LIMIT * 2];
  private int size;

  /**
   * The word in {@code text[from, to)} (lowercase, quotes straight), of {@link Vocabulary#hash}
   * {@code hash}, which the vocabulary does not know: from the memo, else built and kept.
   */
  Vocabulary.Word find(char[] text, int from, int to, int hash) {
    int mask = keys.length - 1;
    int mixed = hash ^ (hash >>> 15);
    int slot = mixed & mask;
    for (char[] key = keys[slot]; key != null; key = keys[slot]) {
      if (hashes[slot] == hash && Vocabulary.same(key, text, from, to)) {
        return words[slot];
      }
      slot = (slot + 1) & mask;
    }
    Vocabulary.Word word = word(text, from, to);
    if (size < LIMIT) {
      keys[slot] = java.util.Arrays.copyOfRange(text, from, to);
      hashes[slot] = hash;
      words[slot] = word;
      size++;
    }
    return word;
  }

  /** The unknown word in {@code text[from, to)}, built and stemmed; its stem's id if known. */
  static Vocabulary.Word word(char[] text, int from, int to) {
    String token = new String(text, from, to - from);
    String stem = Stems.of(token);
    // "prioritizing" may share a known stem ("prioritiz") with a known word
    return new Vocabulary.Word(token, stem, Vocabulary.stemId(stem), 0);
  }
}
