package org.stagecraft.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.stagecraft.Signal;
import org.stagecraft.SpeakerRole;

/**
 * Reads our labelled utterance corpora: lines of {@code ROLE<TAB>TEXT<TAB>LABELS}, labels
 * comma-separated or {@code -} for none, {@code #} for comments. The cue model learns from them
 * and the tests measure the classifier on them.
 */
final class LabelledCorpus {
  /** One labelled utterance and the line it came from. */
  record Line(int number, SpeakerRole role, String text, Set<Signal> labels) {}

  private LabelledCorpus() {}

  /**
   * The lines of the resource {@code name} (resolved as {@link Class#getResourceAsStream} does,
   * from this package).
   *
   * @throws IllegalStateException if the resource is missing or a line is malformed
   */
  static List<Line> read(String name) {
    try (InputStream in = LabelledCorpus.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing labelled corpus " + name);
      }
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      List<Line> out = new ArrayList<>();
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] fields = lines[i].split("\t");
        if (fields.length != 3) {
          throw new IllegalStateException(name + ":" + (i + 1)
              + ": expected ROLE, TEXT and LABELS separated by tabs");
        }
        Set<Signal> labels = new LinkedHashSet<>();
        if (!fields[2].strip().equals("-")) {
          for (String label : fields[2].strip().split(",")) {
            labels.add(Signal.of(label.strip()));
          }
        }
        out.add(new Line(i + 1, SpeakerRole.valueOf(fields[0].strip()), fields[1].strip(),
            labels));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("could not read labelled corpus " + name, e);
    }
  }
}
