package org.stagecraft.cli;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.stagecraft.text.TranscriptFormat;

/**
 * Turns the command's FILE|DIR arguments into the list of files to read. A file is taken as
 * given, whatever its name; a directory contributes the transcript files under it (by extension,
 * sorted, so batch output is stable). A path that does not exist is kept, so reading it reports
 * the error in the batch's results.
 */
final class TranscriptFiles {
  private TranscriptFiles() {}

  /**
   * The files {@code arguments} name, in argument order.
   *
   * @throws UncheckedIOException if a directory cannot be walked
   */
  static ImmutableList<Path> expand(List<Path> arguments) {
    ImmutableList.Builder<Path> files = ImmutableList.builder();
    for (Path argument : arguments) {
      if (Files.isDirectory(argument)) {
        files.addAll(transcriptsUnder(argument));
      } else {
        files.add(argument);
      }
    }
    return files.build();
  }

  private static ImmutableList<Path> transcriptsUnder(Path directory) {
    try (Stream<Path> walk = Files.walk(directory)) {
      return walk.filter(Files::isRegularFile).filter(TranscriptFiles::hasTranscriptExtension)
          .sorted().collect(ImmutableList.toImmutableList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean hasTranscriptExtension(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    for (TranscriptFormat format : TranscriptFormat.values()) {
      if (name.endsWith("." + format.extension())) {
        return true;
      }
    }
    return false;
  }
}
