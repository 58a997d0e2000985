package org.stagecraft.benchmarks.kafka;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.stagecraft.Conversation;
import org.stagecraft.Playbooks;
import org.stagecraft.Snapshot;
import org.stagecraft.kafka.OutputJson;
import org.stagecraft.score.Scorecard;
import org.stagecraft.score.Scoring;
import org.stagecraft.text.TranscriptReader;
import org.stagecraft.text.Transcripts;

/**
 * What one scorecard record costs the Kafka processor, in parts, on the sample {@code
 * discovery-first} call (classified, 73 events): scoring it again ({@code score}: its summary is
 * then already computed and kept with its record), restoring it from its snapshot ({@code
 * decode}), restoring and scoring a fresh copy ({@code decodeAndScore}: the difference is scoring
 * with the summary computed from scratch), and writing the scorecard as the JSON of the scorecards
 * topic. Run: {@code java -jar benchmarks/target/benchmarks.jar ScorecardRecordBenchmark -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScorecardRecordBenchmark {
  private final Scoring scoring = Scoring.defaults();
  private Conversation call;
  private Scorecard card;
  private byte[] snapshot;

  /** Classifies the sample call and scores it once. */
  @Setup
  public void load() throws IOException {
    call = Transcripts.score(TranscriptReader.defaults()
        .read(Path.of("examples/transcripts/discovery-first.txt")), Playbooks.consultative())
        .conversation();
    card = scoring.score(call);
    snapshot = Snapshot.encode(call);
  }

  /** A scorecard of the whole call. */
  @Benchmark
  public Scorecard score() {
    return scoring.score(call);
  }

  /** The call restored from its snapshot: a new record, no summary computed yet. */
  @Benchmark
  public Conversation decode() {
    return Snapshot.decode(Playbooks.consultative(), snapshot);
  }

  /** A scorecard of a freshly restored copy of the call. */
  @Benchmark
  public Scorecard decodeAndScore() {
    return scoring.score(Snapshot.decode(Playbooks.consultative(), snapshot));
  }

  /** The scorecard as the JSON record of the scorecards topic. */
  @Benchmark
  public byte[] writeJson() {
    return OutputJson.scorecard(card);
  }
}
