package org.stagecraft.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into sentences of lowercase word tokens in one pass (after lowercasing it whole):
 * a token is a run of letters, digits, apostrophes and {@code %}; {@code . ! ? ;} end a
 * sentence, and a sentence remembers whether it ended with a question mark and where its
 * comma-separated clauses start. Curly apostrophes become straight ones. Known words come with
 * their stems from the {@link Vocabulary}, without a String built or a stem cut per word.
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

  static List<Sentence> of(String original) {
    String text = original.toLowerCase(Locale.ROOT); // once, not per word
    List<Sentence> out = new ArrayList<>();
    Words words = new Words();
    int[] clauses = new int[8];
    int clauseCount = 0;
    // The token being read, its quotes cut as we go: where its first other character is (-1
    // while none), where its last one ends, and the vocabulary hash up to there.
    boolean inToken = false;
    int start = -1;
    int end = 0;
    int hash = 0;
    int hashToEnd = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '.';
      if (isWordChar(c)) {
        if (!inToken) {
          inToken = true;
          start = -1;
          hash = 0;
        }
        char normal = Vocabulary.normal(c);
        if (normal != '\'') {
          if (start < 0) {
            start = i;
          }
          hash = 31 * hash + normal;
          end = i + 1;
          hashToEnd = hash;
        } else if (start >= 0) {
          hash = 31 * hash + normal; // a quote inside the word ("don't") or trailing, cut later
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
          out.add(new Sentence(Arrays.copyOf(words.tokens, words.count),
              Arrays.copyOf(words.stems, words.count), Arrays.copyOf(words.stemIds, words.count),
              Arrays.copyOf(words.flags, words.count), starts, c == '?'));
          words.count = 0;
          clauseCount = 0;
        } else if (c == '?' && !out.isEmpty()) { // "right??" or a space before '?'
          Sentence last = out.get(out.size() - 1);
          out.set(out.size() - 1, new Sentence(last.tokens(), last.stems(), last.stemIds(),
              last.flags(), last.clauses(), true));
        }
      }
    }
    return out;
  }

  /** The words of the sentence being read, with their stems. */
  private static final class Words {
    String[] tokens = new String[16];
    String[] stems = new String[16];
    int[] stemIds = new int[16];
    int[] flags = new int[16];
    int count;

    /**
     * Adds the word in the lowercase {@code text[start, end)}, without quotes around it, curly
     * apostrophes read as straight, of {@link Vocabulary#hash} {@code hash}: a known word from the
     * vocabulary, else built and stemmed here.
     */
    void add(String text, int start, int end, int hash) {
      if (count == tokens.length) {
        tokens = Arrays.copyOf(tokens, count * 2);
        stems = Arrays.copyOf(stems, count * 2);
        stemIds = Arrays.copyOf(stemIds, count * 2);
        flags = Arrays.copyOf(flags, count * 2);
      }
      Vocabulary.Word known = Vocabulary.find(text, start, end, hash);
      if (known != null) {
        tokens[count] = known.token();
        stems[count] = known.stem();
        stemIds[count] = known.stemId();
        flags[count] = known.flags();
      } else {
        String word = word(text, start, end);
        String stem = Stems.of(word);
        tokens[count] = word;
        stems[count] = stem;
        stemIds[count] = Vocabulary.stemId(stem); // "prioritizing" may share a known stem
        flags[count] = 0;
      }
      count++;
    }
  }

  private static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '\'' || c == '%' || c == '\u2019' || c == '\u2018'
        || (c > 127 && Character.isLetterOrDigit(c));
  }

  /** The lowercase word in {@code text[from, to)}, curly apostrophes straightened. */
  private static String word(String text, int from, int to) {
    String word = text.substring(from, to);
    if (word.indexOf('\u2019') >= 0 || word.indexOf('\u2018') >= 0) {
      word = word.replace('\u2019', '\'').replace('\u2018', '\'');
    }
    return word;
  }
}
