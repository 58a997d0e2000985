package org.stagecraft.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

/**
 * The distinct words of the development corpora, lower-cased, in the order first met: the part of
 * the {@link Vocabulary} that the corpora give. Splitting twenty corpora takes about a third of a
 * second in a fresh JVM, so the build writes the list once ({@link ShippedFiles}) and {@link #load}
 * reads it, or splits the corpora where no build wrote it (a class path an IDE compiled). Any list
 * is safe: the vocabulary changes the speed of reading a text, never its tokens. A test checks that
 * the shipped list is what the corpora give now.
 */
final class CorpusWords {
  static final String RESOURCE = "words.txt";

  private CorpusWords() {}

  /** The words the build wrote, or those of the corpora if it wrote none. */
  static List<String> load() {
    List<String> shipped = readShipped();
    return shipped != null ? shipped : of(CueModel.CORPORA);
  }

  /** The list the build wrote, or null if it wrote none or it cannot be read (logged). */
  private static @Nullable List<String> readShipped() {
    try (InputStream in = CorpusWords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return null;
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> words = new ArrayList<>();
      for (String word = reader.readLine(); word != null; word = reader.readLine()) {
        words.add(word);
      }
      return words;
    } catch (IOException e) {
      LoggerFactory.getLogger(CorpusWords.class).warn("Cannot read the word list {} that the "
          + "build wrote ({}); reading the corpora instead.", RESOURCE, e.toString());
      return null;
    }
  }

  /** The distinct words of {@code corpora}, in the order first met. */
  static List<String> of(List<String> corpora) {
    Set<String> words = new LinkedHashSet<>();
    for (String corpus : corpora) {
      for (LabelledCorpus.Line line : LabelledCorpus.read(corpus)) {
        // Any split will do: a key is only ever compared with a token's own characters.
        for (String w : line.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'')
            .replace('\u2018', '\'').split("[^\\p{L}\\p{N}'%]+")) {
          String trimmed = w.replaceAll("^'+|'+$", "");
          if (!trimmed.isEmpty()) {
            words.add(trimmed);
          }
        }
      }
    }
    return List.copyOf(words);
  }
}
