package org.stagecraft.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Splits text into sentences of lowercase word tokens in one pass: a token is a run of letters,
 * digits, apostrophes and {@code %}; {@code . ! ? ;} end a sentence, and a sentence remembers
 * whether it ended with a question mark and where its comma-separated clauses start. Curly
 * apostrophes become straight ones. Known words come with their stems from the {@link
 * Vocabulary}, without a String built or a stem cut per word; so do unknown words a {@link
 * Reader} has met before ({@link UnknownWords}).
 */
final class Sentences {
  /**
   * One sentence: its words, their stems ({@link Stems}), the stems' ids in the {@link
   * Vocabulary} (-1 for a stem it does not know), the words' {@link WordClass} flags (0 for a
   * word it does not know), where each comma-separated clause starts, and whether it ends with a
   * question mark.
   */
  record Sentence(String[] tokens, String[] stems, int[] stemIds, int[] flags, int[] clauses,
      boolean questionMark) {}

  private Sentences() {}

  /** The sentences of {@code text}, read with buffers of their own. */
  static List<Sentence> of(String text) {
    return new Reader(false).read(text);
  }

  /**
   * Reads the sentences of one text after another, reusing its buffers, and, if asked, keeping
   * the unknown words it has met so that a word seen again costs a table probe, as a known word
   * does; else it keeps no text from one call to the next. Not thread-safe: one per thread or
   * per transcript.
   */
  static final class Reader {
    private final Words words;
    private final boolean remember;
    private char[] chars = new char[256];
    private int[] clauses = new int[8];

    /** A reader that remembers unknown words ({@link UnknownWords}) if {@code remember}. */
    Reader(boolean remember) {
      this.words = new Words(remember ? new UnknownWords() : null);
      this.remember = remember;
    }

    /** The sentences of {@code original}. */
    List<Sentence> read(String original) {
      int length = lowercase(original);
      char[] text = chars;
      List<Sentence> out = new ArrayList<>();
      Words words = this.words;
      words.count = 0;
      int clauseCount = 0;
      // The token being read, its quotes cut as we go: where its first other character is (-1
      // while none), where its last one ends, and the vocabulary hash up to there.
      boolean inToken = false;
      int start = -1;
      int end = 0;
      int hash = 0;
      int hashToEnd = 0;
      for (int i = 0; i <= length; i++) {
        char c = i < length ? text[i] : '.';
        if (isWordChar(c)) {
          if (!inToken) {
            inToken = true;
            start = -1;
            hash = 0;
          }
          hash = 31 * hash + c;
          if (c != '\'') {
            if (start < 0) {
              start = i;
              hash = c; // leading quotes are cut
            }
            end = i + 1;
            hashToEnd = hash;
          }
          continue;
        }
        if (inToken) {
          if (start >= 0) {
            words.add(text, start, end, hashToEnd);
          }
          inToken = false;
        }
        if ((c == ',' || c == ':' || c == '\u2014') && words.count > 0) {
          if (clauseCount == clauses.length) {
            clauses = Arrays.copyOf(clauses, clauseCount * 2);
          }
          clauses[clauseCount++] = words.count;
        }
        if (c == '.' || c == '!' || c == '?' || c == ';') {
          if (words.count > 0) {
            int[] starts = new int[clauseCount + 1];
            System.arraycopy(clauses, 0, starts, 1, clauseCount);
            out.add(words.sentence(starts, c == '?'));
            clauseCount = 0;
          } else if (c == '?' && !out.isEmpty()) { // "right??" or a space before '?'
            Sentence last = out.get(out.size() - 1);
            out.set(out.size() - 1, new Sentence(last.tokens(), last.stems(), last.stemIds(),
                last.flags(), last.clauses(), true));
          }
        }
      }
      words.release();
      if (!remember) {
        Arrays.fill(text, 0, length, ' '); // a reader of one thread keeps no text between calls
      }
      return out;
    }

    /**
     * Copies {@code text} lowercased ({@link Locale#ROOT}), curly apostrophes straightened, into
     * {@link #chars}; returns its length. ASCII is lowercased here; any other text through
     * String's rules, which may change its length.
     */
    private int lowercase(String text) {
      int n = text.length();
      if (chars.length < n) {
        chars = new char[Math.max(n, chars.length * 2)];
      }
      text.getChars(0, n, chars, 0);
      char[] c = chars;
      for (int i = 0; i < n; i++) {
        char ch = c[i];
        if (ch >= 128) {
          return lowercaseAll(text);
        }
        if (ch >= 'A' && ch <= 'Z') {
          c[i] = (char) (ch + ('a' - 'A'));
        }
      }
      return n;
    }

    private int lowercaseAll(String text) {
      String lower = text.toLowerCase(Locale.ROOT);
      int n = lower.length();
      if (chars.length < n) {
        chars = new char[n];
      }
      lower.getChars(0, n, chars, 0);
      for (int i = 0; i < n; i++) {
        chars[i] = Vocabulary.normal(chars[i]);
      }
      return n;
    }
  }

  /** The words of the sentence being read, with their stems. */
  private static final class Words {
    private final @Nullable UnknownWords memo;
    String[] tokens = new String[16];
    String[] stems = new String[16];
    int[] stemIds = new int[16];
    int[] flags = new int[16];
    int count;
    /** How many slots of {@link #tokens} and {@link #stems} may hold a String: to release. */
    private int used;

    Words(@Nullable UnknownWords memo) {
      this.memo = memo;
    }

    /**
     * Adds the word in the lowercase {@code text[start, end)}, quotes straight and cut around it,
     * of {@link Vocabulary#hash} {@code hash}: a known word from the vocabulary, an unknown word
     * met before from the memo, else built and stemmed here.
     */
    void add(char[] text, int start, int end, int hash) {
      if (count == tokens.length) {
        tokens = Arrays.copyOf(tokens, count * 2);
        stems = Arrays.copyOf(stems, count * 2);
        stemIds = Arrays.copyOf(stemIds, count * 2);
        flags = Arrays.copyOf(flags, count * 2);
      }
      Vocabulary.Word word = Vocabulary.find(text, start, end, hash);
      if (word == null) {
        word = memo != null ? memo.find(text, start, end, hash)
            : UnknownWords.word(text, start, end);
      }
      tokens[count] = word.token();
      stems[count] = word.stem();
      stemIds[count] = word.stemId();
      flags[count] = word.flags();
      count++;
      used = Math.max(used, count);
    }

    /** The sentence of the words read, which are then forgotten. */
    Sentence sentence(int[] clauses, boolean questionMark) {
      Sentence sentence = new Sentence(Arrays.copyOf(tokens, count), Arrays.copyOf(stems, count),
          Arrays.copyOf(stemIds, count), Arrays.copyOf(flags, count), clauses, questionMark);
      count = 0;
      return sentence;
    }

    /** Drops the words of the text read: the buffers keep no text between calls. */
    void release() {
      Arrays.fill(tokens, 0, used, null);
      Arrays.fill(stems, 0, used, null);
      used = 0;
    }
  }

  private static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'' || c == '%'
        || (c > 127 && Character.isLetterOrDigit(c));
  }
}
