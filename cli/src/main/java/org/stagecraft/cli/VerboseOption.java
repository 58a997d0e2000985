package org.stagecraft.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** {@code --verbose}: stack traces for errors, which are otherwise one line each. */
final class VerboseOption {
  @Option(names = {"-v", "--verbose"}, description = "Show stack traces of errors.")
  boolean verbose;

  void printStackTrace(Throwable error, PrintWriter err) {
    if (verbose) {
      error.printStackTrace(err);
    }
  }
}
