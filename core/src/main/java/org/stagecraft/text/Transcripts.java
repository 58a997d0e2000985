package org.stagecraft.text;

import com.google.common.collect.ImmutableList;
import org.stagecraft.Conversation;
import org.stagecraft.Playbook;
import org.stagecraft.event.ConversationEvent;
import org.stagecraft.score.Scorecard;
import org.stagecraft.score.Scoring;
import org.stagecraft.spi.SignalClassifier;

/**
 * From a transcript to the engine: each turn becomes an utterance followed by the signals a
 * classifier finds in it, and the events are folded through a playbook. Linear in the transcript.
 *
 * <p>Stateless and thread-safe.
 */
public final class Transcripts {
  private Transcripts() {}

  /** Classifies every turn of {@code transcript}, keeping which turn made which event. */
  public static ClassifiedTranscript classify(
      Transcript transcript, SignalClassifier classifier) {
    return new ClassifiedTranscript(transcript, classifier);
  }

  /** The events of {@code transcript}: each turn's utterance, then its detected signals. */
  public static ImmutableList<ConversationEvent> events(
      Transcript transcript, SignalClassifier classifier) {
    return classify(transcript, classifier).events();
  }

  /** The conversation {@code transcript} makes under {@code playbook}, with the English rules. */
  public static Conversation conversation(Transcript transcript, Playbook playbook) {
    return conversation(transcript, playbook, EnglishSignalClassifier.create());
  }

  /** The conversation {@code transcript} makes under {@code playbook}, with {@code classifier}. */
  public static Conversation conversation(
      Transcript transcript, Playbook playbook, SignalClassifier classifier) {
    return classify(transcript, classifier).conversation(playbook);
  }

  /**
   * The whole path in one call: classifies {@code transcript} with the English rules, folds it
   * through {@code playbook} and scores it with the built-in scorers.
   */
  public static Scorecard score(Transcript transcript, Playbook playbook) {
    return Scoring.defaults().score(conversation(transcript, playbook));
  }
}
