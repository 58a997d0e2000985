package org.stagecraft.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.stagecraft.Playbook;
import org.stagecraft.score.Scoring;
import org.stagecraft.spi.SignalClassifier;
import org.stagecraft.text.ClassifiedTranscript;
import org.stagecraft.text.TranscriptReader;
import org.stagecraft.text.Transcripts;

/**
 * Reads, classifies and scores one transcript file. Immutable and thread-safe, so a batch shares
 * one across its workers.
 */
final class Analyzer {
  private final TranscriptReader reader;
  private final SignalClassifier classifier;
  private final Playbook playbook;
  private final Scoring scoring;

  Analyzer(TranscriptReader reader, SignalClassifier classifier, Playbook playbook,
      Scoring scoring) {
    this.reader = reader;
    this.classifier = classifier;
    this.playbook = playbook;
    this.scoring = scoring;
  }

  /** The transcript at {@code path} with the signals found in each turn. */
  ClassifiedTranscript classify(Path path) throws IOException {
    return Transcripts.classify(reader.read(path), classifier);
  }

  /** The transcript at {@code path}, classified, folded through the playbook and scored. */
  CallReport score(Path path) throws IOException {
    ClassifiedTranscript classified = classify(path);
    return new CallReport(path, classified,
        scoring.score(classified.conversation(playbook)));
  }
}
