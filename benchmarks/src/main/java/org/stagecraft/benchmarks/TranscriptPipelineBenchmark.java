package org.stagecraft.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.stagecraft.Conversation;
import org.stagecraft.Playbooks;
import org.stagecraft.score.Scorecard;
import org.stagecraft.score.Scoring;
import org.stagecraft.text.EnglishSignalClassifier;
import org.stagecraft.text.Transcript;
import org.stagecraft.text.TranscriptReader;
import org.stagecraft.text.Transcripts;

/**
 * The whole path, text to scorecard, on one thread: read a transcript (the sample
 * {@code discovery-first} call repeated to about 1 MB, or to a one-hour call, in the chosen
 * format), classify every turn with the English rules, fold the events through the consultative
 * playbook, and score. Divide the bytes ({@link #bytes()}, 1 MB for {@code 1mb}) by the time per
 * operation for MB per second; {@code 1h} gives the time to score a one-hour call, taken as
 * {@value #HOUR_WORDS} words (about 150 words a minute, a commonly quoted conversational rate;
 * our own round figure).
 *
 * <p>Run from the repository root: {@code java -jar benchmarks/target/benchmarks.jar
 * TranscriptPipelineBenchmark} after {@code ./mvnw -B -q package -DskipTests}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TranscriptPipelineBenchmark {
  /** Transcript format, by file extension. */
  @Param({"txt", "vtt", "csv"})
  public String format;

  /** {@code full}: phrase rules and cue model; {@code rules}: phrase rules only. */
  @Param({"full", "rules"})
  public String classifier;

  /** {@code 1mb}: about 1,000,000 bytes of text; {@code 1h}: a one-hour call. */
  @Param({"1mb", "1h"})
  public String size;

  /** Words in a one-hour call. */
  static final int HOUR_WORDS = 9_000;

  private String text;

  /** Repeats the sample call to about 1 MB of text, or to a one-hour call. */
  @Setup
  public void load() throws IOException {
    String call = Files.readString(Path.of("examples/transcripts/discovery-first." + format),
        StandardCharsets.UTF_8);
    String header = format.equals("vtt") ? "WEBVTT\n\n" : format.equals("csv")
        ? call.substring(0, call.indexOf('\n') + 1) : "";
    String body = call.substring(header.length());
    StringBuilder out = new StringBuilder(header);
    int bodyWords = body.trim().split("\\s+").length;
    int words = 0;
    while (size.equals("1h") ? words < HOUR_WORDS : out.length() < 1_000_000) {
      out.append(body).append('\n');
      words += bodyWords;
    }
    text = out.toString();
  }

  /** Bytes of text per operation, for MB/s. */
  public int bytes() {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  /** Text to scorecard. */
  @Benchmark
  public Scorecard textToScorecard() {
    Transcript transcript = TranscriptReader.defaults().read("call." + format, text);
    Conversation conversation = Transcripts.conversation(transcript, Playbooks.consultative(),
        classifier.equals("full") ? EnglishSignalClassifier.create()
            : EnglishSignalClassifier.rulesOnly());
    return Scoring.defaults().score(conversation);
  }
}
