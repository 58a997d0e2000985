package org.stagecraft.testkit.transcripts;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.stagecraft.Conversation;
import org.stagecraft.Playbook;
import org.stagecraft.spi.SignalClassifier;
import org.stagecraft.text.EnglishSignalClassifier;
import org.stagecraft.text.Transcript;
import org.stagecraft.text.TranscriptReader;
import org.stagecraft.text.Transcripts;

/**
 * A folder of transcripts (recorded calls, an AI agent's conversations) checked against a
 * playbook, one JUnit 5 dynamic test per file, so a team drops calls into a folder and gets one
 * test result per call:
 *
 * <pre>
 * &#64;TestFactory
 * Stream&lt;DynamicTest&gt; every_call_discovers_before_it_closes() {
 *   return TranscriptFolder.of(Path.of("transcripts"), Playbooks.consultative())
 *       .check(call -&gt; assertThat(call).reachedOnlyAfter(Stage.CLOSE, Stage.DISCOVERY));
 * }
 * </pre>
 *
 * <p>Each file is read when its test runs: a file that cannot be read or parsed fails its own
 * test (with the line and column), not the others. Files are taken from the folder itself (not
 * its subfolders), in name order. The defaults are {@link TranscriptReader#defaults()}, {@link
 * EnglishSignalClassifier#create()} and the pattern {@value #DEFAULT_PATTERN}.
 *
 * <p>A mutable builder, not thread-safe; the tests it returns may run in any order.
 */
public final class TranscriptFolder {
  /** The files taken by default: every format {@link TranscriptReader} reads. */
  public static final String DEFAULT_PATTERN = "*.{txt,vtt,srt,csv}";

  private final Path folder;
  private final Playbook playbook;
  private String pattern = DEFAULT_PATTERN;
  private TranscriptReader reader = TranscriptReader.defaults();
  private SignalClassifier classifier = EnglishSignalClassifier.create();

  private TranscriptFolder(Path folder, Playbook playbook) {
    this.folder = folder;
    this.playbook = playbook;
  }

  /**
   * The transcripts in {@code folder} (relative paths resolve against the working directory,
   * the module's folder under Maven), run through {@code playbook}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static TranscriptFolder of(Path folder, Playbook playbook) {
    return new TranscriptFolder(checkNotNull(folder, "folder"), checkNotNull(playbook,
        "playbook"));
  }

  /**
   * Takes only the files whose names match {@code glob}, e.g. {@code "discovery-*.vtt"} (see
   * {@link java.nio.file.FileSystem#getPathMatcher}).
   *
   * @throws NullPointerException if {@code glob} is null
   */
  public TranscriptFolder matching(String glob) {
    this.pattern = checkNotNull(glob, "glob");
    return this;
  }

  /**
   * Reads with {@code reader}, for example one that maps speaker names to roles.
   *
   * @throws NullPointerException if {@code reader} is null
   */
  public TranscriptFolder reader(TranscriptReader reader) {
    this.reader = checkNotNull(reader, "reader");
    return this;
  }

  /**
   * Finds signals with {@code classifier} instead of the default English one.
   *
   * @throws NullPointerException if {@code classifier} is null
   */
  public TranscriptFolder classifier(SignalClassifier classifier) {
    this.classifier = checkNotNull(classifier, "classifier");
    return this;
  }

  /**
   * One dynamic test per matching file, named after it, that reads the file, runs it through the
   * playbook and passes the call to {@code check}. Return the stream from a {@code @TestFactory}
   * method.
   *
   * @throws NullPointerException if {@code check} is null
   * @throws IllegalArgumentException if the folder does not exist or no file matches: a test run
   *     over nothing would pass without checking anything
   * @throws UncheckedIOException if the folder cannot be listed
   */
  public Stream<DynamicTest> check(Consumer<RecordedCall> check) {
    checkNotNull(check, "check");
    List<Path> files = files();
    TranscriptReader reader = this.reader;
    SignalClassifier classifier = this.classifier;
    return files.stream().map(file -> DynamicTest.dynamicTest(RecordedCall.nameOf(file), file.toUri(),
        () -> check.accept(read(file, reader, classifier))));
  }

  private RecordedCall read(Path file, TranscriptReader reader, SignalClassifier classifier)
      throws IOException {
    Transcript transcript = reader.read(file);
    Conversation conversation = Transcripts.conversation(transcript, playbook, classifier);
    return new RecordedCall(file, transcript, conversation);
  }

  /** The matching files, in name order. */
  List<Path> files() {
    checkArgument(Files.isDirectory(folder), "no such folder: %s", folder.toAbsolutePath());
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(Files::isRegularFile)
          .filter(p -> p.getFileName() != null && matcher.matches(p.getFileName()))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder.toAbsolutePath(), e);
    }
    checkArgument(!files.isEmpty(), "no transcripts matching '%s' in %s", pattern,
        folder.toAbsolutePath());
    return files;
  }
}
