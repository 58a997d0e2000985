package org.stagecraft.cli;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.stagecraft.text.TranscriptFormat;

/**
 * Turns the command's FILE|DIR arguments into the list of files to read. A file is taken as
 * given, whatever its name; a directory contributes the transcript files under it (by extension,
 * sorted, so batch output is stable). A path that does not exist is kept, so reading it reports
 * the error in the batch's results; so is a folder that cannot be listed, with its reason.
 */
final class TranscriptFiles {
  private TranscriptFiles() {}

  /**
   * One input of a batch.
   *
   * @param path the file, or the folder that could not be listed
   * @param unreadable why the folder could not be listed, or null for a file to read
   */
  record Input(Path path, @Nullable IOException unreadable) {}

  /** The inputs {@code arguments} name, in argument order. */
  static ImmutableList<Input> expand(List<Path> arguments) {
    ImmutableList.Builder<Input> inputs = ImmutableList.builder();
    for (Path argument : arguments) {
      if (Files.isDirectory(argument)) {
        inputs.addAll(transcriptsUnder(argument));
      } else {
        inputs.add(new Input(argument, null));
      }
    }
    return inputs.build();
  }

  private static List<Input> transcriptsUnder(Path directory) {
    List<Input> found = new ArrayList<>();
    try {
      Files.walkFileTree(directory, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          if (attributes.isRegularFile() && hasTranscriptExtension(file)) {
            found.add(new Input(file, null));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException error) {
          found.add(new Input(file, error)); // one unreadable folder must not end the batch
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      found.add(new Input(directory, e));
    }
    found.sort(Comparator.comparing(Input::path));
    return found;
  }

  private static boolean hasTranscriptExtension(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    for (TranscriptFormat format : TranscriptFormat.values()) {
      if (name.endsWith("." + format.extension())) {
        return true;
      }
    }
    return false;
  }
}
