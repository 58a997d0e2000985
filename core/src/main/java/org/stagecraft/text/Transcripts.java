package org.stagecraft.text;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.stagecraft.Conversation;
import org.stagecraft.Playbook;
import org.stagecraft.event.ConversationEvent;
import org.stagecraft.event.Utterance;
import org.stagecraft.spi.Detection;
import org.stagecraft.spi.SignalClassifier;

/**
 * From a transcript to the engine: each turn becomes an utterance followed by the signals a
 * classifier finds in it, and the events are folded through a playbook. Linear in the transcript.
 *
 * <p>Stateless and thread-safe.
 */
public final class Transcripts {
  private Transcripts() {}

  /** The events of {@code transcript}: each turn's utterance, then its detected signals. */
  public static ImmutableList<ConversationEvent> events(
      Transcript transcript, SignalClassifier classifier) {
    checkNotNull(transcript, "transcript");
    checkNotNull(classifier, "classifier");
    ImmutableList.Builder<ConversationEvent> events = ImmutableList.builder();
    Utterance previous = null;
    for (Turn turn : transcript.turns()) {
      Utterance utterance = turn.toUtterance();
      events.add(utterance);
      for (Detection detection : classifier.classify(utterance, previous)) {
        events.add(detection.toEvent());
      }
      previous = utterance;
    }
    return events.build();
  }

  /** The conversation {@code transcript} makes under {@code playbook}, with the English rules. */
  public static Conversation conversation(Transcript transcript, Playbook playbook) {
    return conversation(transcript, playbook, EnglishSignalClassifier.create());
  }

  /** The conversation {@code transcript} makes under {@code playbook}, with {@code classifier}. */
  public static Conversation conversation(
      Transcript transcript, Playbook playbook, SignalClassifier classifier) {
    return checkNotNull(playbook, "playbook").newConversation()
        .advanceAll(events(transcript, classifier));
  }
}
