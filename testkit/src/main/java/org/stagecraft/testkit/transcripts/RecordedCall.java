package org.stagecraft.testkit.transcripts;

import static com.google.common.base.Preconditions.checkNotNull;

import java.nio.file.Path;
import org.stagecraft.Conversation;
import org.stagecraft.text.Transcript;

/**
 * One transcript of a {@link TranscriptFolder}, read and run through the playbook. Assert on it
 * with {@link org.stagecraft.testkit.StagecraftAssertions#assertThat(RecordedCall)}, whose
 * failures name the file.
 *
 * <p>Immutable and thread-safe. {@link #toString()} names the file only: the transcript holds
 * personal data.
 *
 * @param file the transcript file
 * @param transcript what was read from it
 * @param conversation the conversation it makes under the folder's playbook and classifier
 */
public record RecordedCall(Path file, Transcript transcript, Conversation conversation) {
  /**
   * Validates the call.
   *
   * @throws NullPointerException if an argument is null
   */
  public RecordedCall {
    checkNotNull(file, "file");
    checkNotNull(transcript, "transcript");
    checkNotNull(conversation, "conversation");
  }

  /** The file's name, e.g. {@code pitch-first.srt}: the name of its test. */
  public String name() {
    return nameOf(file);
  }

  /** A file's name, or the whole path when it has none. */
  static String nameOf(Path file) {
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }

  @Override
  public String toString() {
    return "RecordedCall[" + file + ", " + conversation + "]";
  }
}
