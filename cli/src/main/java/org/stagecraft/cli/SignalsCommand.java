package org.stagecraft.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.stagecraft.text.ClassifiedTranscript;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stagecraft signals}: the signals found in each utterance, and the rule that fired. */
@Command(name = "signals",
    description = "Print each utterance's role, the signals found in it and the rules that fired.")
final class SignalsCommand implements Callable<Integer> {
  /** The line formats of this command. */
  enum Format { TEXT, JSONL }

  @Spec CommandSpec spec;

  @Mixin ReaderOptions reader;

  @Parameters(paramLabel = "FILE", description = "The transcript.")
  Path file;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (one line per utterance) or jsonl (one JSON object per line).")
  Format format = Format.TEXT;

  @Mixin VerboseOption verbose;

  @Option(names = "--redact", description = "Leave what was said out of the JSON lines.")
  boolean redact;

  @Override
  public Integer call() {
    Analyzer analyzer = reader.analyzer(spec.commandLine());
    ClassifiedTranscript classified;
    try {
      classified = analyzer.classify(file);
    } catch (IOException | RuntimeException e) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("stagecraft: " + file + ": " + FileErrors.describe(e));
      verbose.printStackTrace(e, err);
      err.flush();
      return 1;
    }
    PrintWriter out = spec.commandLine().getOut();
    UtteranceText text = UtteranceText.of(redact);
    for (JsonModel.UtteranceJson u : JsonModel.utterances(classified, text)) {
      if (format == Format.JSONL) {
        out.println(Json.line(u));
      } else {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%4d %-8s %s",
            u.index(), u.role(), u.speaker()));
        for (int i = 0; i < u.signals().size(); i++) {
          line.append(i == 0 ? ": " : ", ").append(u.signals().get(i)).append(" [")
              .append(u.rules().get(i));
          if (!u.matched().isEmpty()) {
            line.append(": \"").append(u.matched().get(i)).append('"');
          }
          line.append(']');
        }
        out.println(line);
      }
    }
    out.flush();
    return 0;
  }
}
