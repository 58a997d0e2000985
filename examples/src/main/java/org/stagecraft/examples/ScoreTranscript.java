package org.stagecraft.examples;

import java.io.IOException;
import java.nio.file.Path;
import org.stagecraft.Conversation;
import org.stagecraft.Playbooks;
import org.stagecraft.score.Scoring;
import org.stagecraft.text.Transcript;
import org.stagecraft.text.TranscriptReader;
import org.stagecraft.text.Transcripts;

/**
 * Reads a transcript file (plain text, WebVTT, SRT or CSV), classifies its turns with the default
 * English rules, and prints the stage history and the scorecard. With no argument it scores
 * {@code examples/transcripts/discovery-first.vtt}.
 *
 * <p>Run it with {@code ./mvnw -q -B -pl examples -am compile exec:java
 * -Dexec.mainClass=org.stagecraft.examples.ScoreTranscript -Dexec.args=PATH}.
 */
public final class ScoreTranscript {
  private ScoreTranscript() {}

  /** Runs the example. */
  public static void main(String[] args) throws IOException {
    Path path = Path.of(args.length > 0 ? args[0] : "transcripts/discovery-first.vtt");
    if (!path.isAbsolute() && !path.toFile().exists()) {
      path = Path.of("examples").resolve(path);
    }
    Transcript transcript = TranscriptReader.defaults().read(path);
    Conversation call = Transcripts.conversation(transcript, Playbooks.consultative());
    System.out.println(transcript.source() + ": " + transcript.turns().size() + " turns, "
        + transcript.speakers());
    System.out.println("history " + call.history());
    System.out.println(Scoring.defaults().score(call).toText());
  }
}
