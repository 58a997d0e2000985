package org.stagecraft.cli;

import java.nio.file.Path;

/** What scoring one file gave: a report, or the reason it could not be scored. */
sealed interface BatchResult {
  /** The file as given. */
  Path path();

  /** The file was read and scored. */
  record Scored(CallReport report) implements BatchResult {
    @Override
    public Path path() {
      return report.path();
    }
  }

  /**
   * The file could not be scored.
   *
   * @param error one line for a person: what went wrong and where
   * @param cause the exception, shown with {@code --verbose}
   */
  record Failed(Path path, String error, Throwable cause) implements BatchResult {}
}
