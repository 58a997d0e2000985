package org.stagecraft.cli;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.stagecraft.score.Scoring;
import org.stagecraft.text.EnglishSignalClassifier;
import org.stagecraft.text.TranscriptFormat;
import org.stagecraft.text.TranscriptReader;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options that say how to read transcripts and which playbook to follow. */
final class ReaderOptions {
  @Option(names = "--seller", paramLabel = "NAME",
      description = "A speaker to treat as the seller (repeatable).")
  List<String> sellers = new ArrayList<>();

  @Option(names = "--prospect", paramLabel = "NAME",
      description = "A speaker to treat as the prospect (repeatable).")
  List<String> prospects = new ArrayList<>();

  @Option(names = "--input-format", paramLabel = "FORMAT", converter = InputFormatConverter.class,
      description = "Read every file as txt, vtt, srt or csv instead of guessing from its name "
          + "and content.")
  @Nullable TranscriptFormat inputFormat;

  @Mixin PlaybookOption playbook;

  /**
   * The analyzer these options describe.
   *
   * @throws ParameterException if a speaker name is blank
   */
  Analyzer analyzer(CommandLine commandLine) {
    TranscriptReader reader;
    try {
      reader = TranscriptReader.defaults()
          .seller(sellers.toArray(String[]::new))
          .prospect(prospects.toArray(String[]::new));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(commandLine, e.getMessage(), e);
    }
    if (inputFormat != null) {
      reader = reader.format(inputFormat);
    }
    return new Analyzer(reader, EnglishSignalClassifier.create(), playbook.playbook,
        Scoring.defaults());
  }
}
