package org.stagecraft.cli;

/** The report formats of {@code stagecraft score}. */
enum OutputFormat {
  TEXT("txt"), JSON("json"), HTML("html");

  private final String extension;

  OutputFormat(String extension) {
    this.extension = extension;
  }

  /** The file extension of a report in this format. */
  String extension() {
    return extension;
  }
}
