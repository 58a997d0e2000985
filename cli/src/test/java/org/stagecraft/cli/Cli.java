package org.stagecraft.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the command in-process and keeps what it printed. */
record Cli(int exitCode, String out, String err) {
  /** The sample transcripts of the examples module, shared by the tests. */
  static final Path SAMPLES = Path.of("..", "examples", "transcripts");

  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Cli(code, out.toString(), err.toString());
  }

  static String sample(String name) {
    return SAMPLES.resolve(name).toString();
  }
}
