package org.stagecraft.text;

import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import org.stagecraft.Conversation;
import org.stagecraft.ConversationBuilder;
import org.stagecraft.Playbook;
import org.jspecify.annotations.Nullable;
import org.stagecraft.event.ConversationEvent;
import org.stagecraft.event.Utterance;
import org.stagecraft.internal.EngineAccess;
import org.stagecraft.spi.Detection;
import org.stagecraft.spi.SignalClassifier;

/**
 * A transcript with the signals a classifier found in each turn, and the engine events they make:
 * each turn's utterance, then its detections. Reports use it to pin what the engine says about an
 * event (a violation, a score's evidence) back to the turn that caused it.
 *
 * <p>Immutable and thread-safe. Built by {@link Transcripts#classify}.
 */
public final class ClassifiedTranscript {
  private final Transcript transcript;
  private final ImmutableList<ImmutableList<Detection>> detections;
  private final ImmutableList<ConversationEvent> events;
  /** The index of each turn's utterance event; ascending, so an event's turn is a search away. */
  private final int[] firstEvent;
  /** Each turn's word count, if the classifier took it while reading, else -1. */
  private final int[] wordCounts;

  ClassifiedTranscript(Transcript transcript, SignalClassifier classifier) {
    this.transcript = checkNotNull(transcript, "transcript");
    checkNotNull(classifier, "classifier");
    ImmutableList.Builder<ImmutableList<Detection>> perTurn = ImmutableList.builder();
    ImmutableList.Builder<ConversationEvent> all = ImmutableList.builder();
    firstEvent = new int[transcript.turns().size()];
    wordCounts = new int[firstEvent.length];
    int event = 0;
    @Nullable Utterance previous = null;
    // Our own classifier reads a whole transcript with one session: buffers reused, unknown
    // words remembered, the previous turn's check not read twice.
    EnglishSignalClassifier.@Nullable Session session =
        classifier instanceof EnglishSignalClassifier english ? english.session() : null;
    for (int t = 0; t < firstEvent.length; t++) {
      Utterance utterance = transcript.turns().get(t).toUtterance();
      ImmutableList<Detection> found = session != null ? session.classify(utterance, previous)
          : classifier.classify(utterance, previous);
      perTurn.add(found);
      wordCounts[t] = session != null ? session.wordCount() : -1;
      firstEvent[t] = event;
      all.add(utterance);
      for (Detection detection : found) {
        all.add(detection.toEvent());
      }
      event += 1 + found.size();
      previous = utterance;
    }
    detections = perTurn.build();
    events = all.build();
  }

  /** The transcript classified. */
  public Transcript transcript() {
    return transcript;
  }

  /** The signals found in each turn, one list per turn in transcript order. */
  public ImmutableList<ImmutableList<Detection>> detections() {
    return detections;
  }

  /** The engine events: each turn's utterance, then its detections. */
  public ImmutableList<ConversationEvent> events() {
    return events;
  }

  /**
   * The turn that produced event {@code eventIndex}: the utterance itself or one of its signals.
   *
   * @throws IndexOutOfBoundsException if there is no such event
   */
  public int turnOf(int eventIndex) {
    checkElementIndex(eventIndex, events.size(), "eventIndex");
    int found = Arrays.binarySearch(firstEvent, eventIndex);
    return found >= 0 ? found : -found - 2;
  }

  /** The conversation these events make under {@code playbook}. */
  public Conversation conversation(Playbook playbook) {
    ConversationBuilder fold = checkNotNull(playbook, "playbook").newConversation().toBuilder();
    EngineAccess.Door engine = EngineAccess.door();
    for (int t = 0; t < firstEvent.length; t++) {
      Utterance utterance = (Utterance) events.get(firstEvent[t]);
      if (wordCounts[t] >= 0) { // counted by the classifier as it read: not counted again
        engine.advance(fold, utterance, wordCounts[t]);
      } else {
        fold.advance(utterance);
      }
      int next = t + 1 < firstEvent.length ? firstEvent[t + 1] : events.size();
      for (int e = firstEvent[t] + 1; e < next; e++) {
        fold.advance(events.get(e));
      }
    }
    return fold.build();
  }
}
