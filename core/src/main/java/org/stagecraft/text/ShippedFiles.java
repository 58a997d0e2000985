package org.stagecraft.text;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the build learns once from the development corpora and ships beside the classes, so that
 * start-up reads it instead: the cue model ({@link CueModelFile}) and the corpora's words for the
 * vocabulary ({@link CorpusWords}). core/pom.xml runs {@link #main} after compiling (phase
 * process-classes); tests check that each file is what the corpora give now.
 */
final class ShippedFiles {
  private ShippedFiles() {}

  /** Writes both files into the directory {@code args[0]} (the package's output folder). */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: ShippedFiles <directory to write into>");
    }
    Path directory = Path.of(args[0]);
    Files.createDirectories(directory);
    try (OutputStream out = Files.newOutputStream(directory.resolve(CueModelFile.RESOURCE))) {
      CueModelFile.write(CueModel.learned(CueModel.CORPORA), out);
    }
    Files.write(directory.resolve(CorpusWords.RESOURCE), CorpusWords.of(CueModel.CORPORA),
        StandardCharsets.UTF_8);
  }
}
