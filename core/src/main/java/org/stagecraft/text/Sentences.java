package org.stagecraft.text;

import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Splits text into sentences of lowercase word tokens in one pass: a token is a run of letters,
 * digits, apostrophes and {@code %}; {@code . ! ? ;} end a sentence, and a sentence remembers
 * whether it ended with a question mark and where its comma-separated clauses start. Curly
 * apostrophes become straight ones. Known words come with their stems from the {@link
 * Vocabulary}, without a String built or a stem cut per word; so do unknown words a {@link
 * Reader} has met before ({@link UnknownWords}).
 *
 * <p>A text's words are kept flat, in one set of arrays for the whole text, and its sentences
 * are ranges of them ({@link Text}): reading a sentence makes no object.
 */
final class Sentences {
  private Sentences() {}

  /**
   * The words of one text and its sentences. Word {@code i} (from 0 to {@link #words}) is {@code
   * tokens[i]}, its stem ({@link Stems}) {@code stems[i]}, the stem's id in the {@link
   * Vocabulary} {@code stemIds[i]} (-1 for a stem it does not know) and its {@link WordClass}
   * flags {@code flags[i]} (0 for a word it does not know); the arrays may be longer. Sentence
   * {@code s} (from 0 to {@link #sentences}) holds the words from {@link #from} to {@link #to};
   * it has at least one. Its comma-separated clauses start at {@code clauses[k]} for {@code k}
   * from {@code clauseFrom[s]} to {@code clauseFrom[s + 1]}, the first at the sentence's start.
   *
   * <p>Owned by the {@link Reader} that fills it, and refilled by its next read: read the text's
   * words before the next. Not thread-safe.
   */
  static final class Text {
    String[] tokens = new String[64];
    String[] stems = new String[64];
    int[] stemIds = new int[64];
    int[] flags = new int[64];
    int words;
    int sentences;
    /**
     * The text's whitespace-separated words, as {@link org.stagecraft.event.Utterance#wordCount}
     * counts them, or -1 if not counted (a text with other than ASCII characters).
     */
    int spaceWords;
    /** Sentence {@code s} starts at word {@code starts[s]}; {@code starts[sentences]} ends it. */
    int[] starts = new int[9];
    boolean[] questionMarks = new boolean[9];
    int[] clauses = new int[16];
    int[] clauseFrom = new int[9];
    /** Where the clauses of the sentence being read end in {@link #clauses}. */
    private int clauseEnd;
    /** How many slots of {@link #tokens} and {@link #stems} may hold a String: to release. */
    private int used;

    /** The first word of sentence {@code s}. */
    int from(int s) {
      return starts[s];
    }

    /** The end (exclusive) of sentence {@code s}'s words. */
    int to(int s) {
      return starts[s + 1];
    }

    /** Whether sentence {@code s} ends with a question mark. */
    boolean questionMark(int s) {
      return questionMarks[s];
    }

    /** Starts a new text: no words, no sentences, the first sentence's clause list empty. */
    private void clear() {
      used = Math.max(used, words);
      words = 0;
      sentences = 0;
      starts[0] = 0;
      clauseFrom[0] = 0;
      clauseEnd = 0;
      beginClauses();
    }

    private void addWord(Vocabulary.Word word) {
      if (words == tokens.length) {
        int n = words * 2;
        tokens = Arrays.copyOf(tokens, n);
        stems = Arrays.copyOf(stems, n);
        stemIds = Arrays.copyOf(stemIds, n);
        flags = Arrays.copyOf(flags, n);
      }
      tokens[words] = word.token();
      stems[words] = word.stem();
      stemIds[words] = word.stemId();
      flags[words] = word.flags();
      words++;
    }

    /** Starts a clause at the next word, unless the sentence has no word yet. */
    private void addClause() {
      if (words > starts[sentences]) {
        if (clauseEnd == clauses.length) {
          clauses = Arrays.copyOf(clauses, clauseEnd * 2);
        }
        clauses[clauseEnd++] = words;
      }
    }

    /** Ends the sentence being read, if it has words; else a '?' marks the sentence before. */
    private void endSentence(boolean questionMark) {
      if (words > starts[sentences]) {
        if (sentences + 2 > starts.length) {
          int n = starts.length * 2; // the three grow together
          starts = Arrays.copyOf(starts, n);
          clauseFrom = Arrays.copyOf(clauseFrom, n);
          questionMarks = Arrays.copyOf(questionMarks, n);
        }
        questionMarks[sentences] = questionMark;
        sentences++;
        starts[sentences] = words;
        clauseFrom[sentences] = clauseEnd;
        beginClauses();
      } else if (questionMark && sentences > 0) { // "right??" or a space before '?'
        questionMarks[sentences - 1] = true;
      }
    }

    /** The first clause of the sentence that starts at the next word. */
    private void beginClauses() {
      if (clauseEnd == clauses.length) {
        clauses = Arrays.copyOf(clauses, clauses.length * 2);
      }
      clauses[clauseEnd++] = words;
    }

    /** Drops the words' Strings: a reader that keeps no text calls it after each text. */
    void release() {
      used = Math.max(used, words);
      Arrays.fill(tokens, 0, used, null);
      Arrays.fill(stems, 0, used, null);
      used = 0;
    }
  }

  /** The sentences of {@code text}, read with buffers of their own. */
  static Text of(String text) {
    return new Reader(false).read(text);
  }

  /**
   * Reads the sentences of one text after another into one {@link Text}, reusing its buffers,
   * and, if asked, keeping the unknown words it has met so that a word seen again costs a table
   * probe, as a known word does; else it keeps no text from one text to the next once {@link
   * Text#release} is called. Not thread-safe: one per thread or per transcript.
   */
  static final class Reader {
    /** Unknown words met before; null for a reader that keeps no text between texts. */
    private final @Nullable UnknownWords memo;
    private final Text out = new Text();
    private char[] chars = new char[256];

    /** A reader that remembers unknown words ({@link UnknownWords}) if {@code remember}. */
    Reader(boolean remember) {
      this.memo = remember ? new UnknownWords() : null;
    }

    /** The words and sentences of {@code original}, in this reader's {@link Text}. */
    Text read(String original) {
      int n = original.length();
      if (chars.length < n) {
        chars = new char[Math.max(n, chars.length * 2)];
      }
      original.getChars(0, n, chars, 0);
      int length = n;
      if (!scan(n, true)) {
        // Not ASCII: String's rules lowercase it, which may change its length; read it again.
        length = lowercaseAll(original);
        scan(length, false);
      }
      if (memo == null) {
        // a reader of one thread keeps no text between calls
        Arrays.fill(chars, 0, Math.max(n, length), ' ');
      }
      return out;
    }

    /**
     * Reads the words and sentences of {@code chars[0, length)} into {@link #out}. If {@code
     * ascii}, the characters are as written, and are lowercased here, and the whitespace-separated
     * words counted, as the scan goes; it stops at a character past ASCII and returns false. Else
     * they are lowercased already, curly quotes straightened, and the words are not counted.
     */
    private boolean scan(int length, boolean ascii) {
      char[] text = chars;
      Text out = this.out;
      out.clear();
      int spaceWords = 0;
      int wasSpace = 1;
      // The token being read, its quotes cut as we go: where its first other character is (-1
      // while none), where its last one ends, and the vocabulary hash up to there.
      boolean inToken = false;
      int start = -1;
      int end = 0;
      int hash = 0;
      int hashToEnd = 0;
      for (int i = 0; i <= length; i++) {
        char c = '.';
        if (i < length) {
          c = text[i];
          if (ascii) {
            if (c >= 128) {
              return false;
            }
            c = LOWER[c];
            text[i] = c;
            int space = ASCII[c] >>> 3 & 1; // as Utterance.wordCount counts, without a branch
            spaceWords += wasSpace & (space ^ 1);
            wasSpace = space;
          }
        }
        int kind = c < 128 ? ASCII[c] : Character.isLetterOrDigit(c) ? WORD
            : c == '\u2014' ? CLAUSE : 0;
        if ((kind & WORD) != 0) {
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
            out.addWord(word(text, start, end, hashToEnd));
          }
          inToken = false;
        }
        if ((kind & CLAUSE) != 0) {
          out.addClause();
        } else if ((kind & END) != 0) {
          out.endSentence(c == '?');
        }
      }
      out.spaceWords = ascii ? spaceWords : -1;
      return true;
    }

    /** Drops the Strings of the words read: for a reader that keeps no text between texts. */
    void release() {
      out.release();
    }

    /**
     * The word in the lowercase {@code text[start, end)}, quotes straight and cut around it, of
     * {@link Vocabulary#hash} {@code hash}: a known word from the vocabulary, an unknown word met
     * before from the memo, else built and stemmed here.
     */
    private Vocabulary.Word word(char[] text, int start, int end, int hash) {
      Vocabulary.Word word = Vocabulary.find(text, start, end, hash);
      if (word == null) {
        word = memo != null ? memo.find(text, start, end, hash)
            : UnknownWords.word(text, start, end);
      }
      return word;
    }

    /**
     * Copies {@code text} lowercased ({@link Locale#ROOT}), curly apostrophes straightened, into
     * {@link #chars}; returns its length, which may differ from the text's.
     */
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

  /** What an ASCII character is to the scan, as bits: a token's, a clause's or sentence's end. */
  private static final int WORD = 1;
  private static final int CLAUSE = 2;
  private static final int END = 4;
  /** Whitespace as {@link Character#isWhitespace} says: tab to carriage return, 0x1C to 0x20. */
  private static final int SPACE = 8;
  private static final byte[] ASCII = new byte[128];
  /** Each ASCII character lowercased. */
  private static final char[] LOWER = new char[128];

  static {
    for (char c = 0; c < 128; c++) {
      LOWER[c] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      boolean word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'' || c == '%';
      ASCII[c] = (byte) ((word ? WORD : 0) | (c == ',' || c == ':' ? CLAUSE : 0)
          | (c == '.' || c == '!' || c == '?' || c == ';' ? END : 0)
          | (Character.isWhitespace(c) ? SPACE : 0));
    }
  }
}
