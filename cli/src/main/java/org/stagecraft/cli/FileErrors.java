package org.stagecraft.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.stagecraft.StagecraftException;

/**
 * One line for a person about why a file could not be scored. The library's own exceptions already
 * name the file, line and column; the JDK's I/O ones get the same shape here.
 */
final class FileErrors {
  private FileErrors() {}

  /** Like {@link #describe}, led by the file a JDK file-system error names. */
  static String describeWithFile(Throwable error) {
    return error instanceof FileSystemException fs && fs.getFile() != null
        ? fs.getFile() + ": " + describe(error) : describe(error);
  }

  /** The reason alone, for a line that already names the file. */
  static String describe(Throwable error) {
    if (error instanceof NoSuchFileException) {
      return "no such file";
    }
    if (error instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (error instanceof FileAlreadyExistsException) {
      return "already exists";
    }
    if (error instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    if (error instanceof StagecraftException || error instanceof IOException) {
      String message = error.getMessage();
      return message == null ? error.getClass().getSimpleName() : message;
    }
    return "unexpected " + error.getClass().getSimpleName() + ": " + error.getMessage()
        + " (run with --verbose for the stack trace)";
  }
}
