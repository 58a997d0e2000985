package org.stagecraft.score;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.stagecraft.Conversation;
import org.stagecraft.Playbooks;
import org.stagecraft.Signal;
import org.stagecraft.SpeakerRole;
import org.stagecraft.event.ConversationEvent;
import org.stagecraft.event.ObservedSignal;
import org.stagecraft.event.Touch;
import org.stagecraft.event.Utterance;

/** A small script builder for scoring tests: lines with or without times, signals, touches. */
final class Talk {
  private final List<ConversationEvent> events = new ArrayList<>();
  private final boolean timed;
  private long clock;

  private Talk(boolean timed) {
    this.timed = timed;
  }

  static Talk timed() {
    return new Talk(true);
  }

  static Talk untimed() {
    return new Talk(false);
  }

  /** A line of {@code words} words lasting {@code seconds}, then its signals. */
  Talk line(SpeakerRole role, int words, int seconds, Signal... signals) {
    String text = "word ".repeat(words);
    events.add(timed
        ? new Utterance(role, text, Duration.ofSeconds(clock), Duration.ofSeconds(clock + seconds))
        : Utterance.of(role, text));
    clock += seconds;
    return signals(role, signals);
  }

  Talk signals(SpeakerRole role, Signal... signals) {
    for (Signal signal : signals) {
      events.add(ObservedSignal.of(signal, role));
    }
    return this;
  }

  Talk touch(Touch.Direction direction, boolean answered) {
    events.add(new Touch(Touch.Channel.EMAIL, direction, answered));
    return this;
  }

  /** Rapport, then a discovery that meets the consultative exit criteria. */
  Talk discovery() {
    return line(SpeakerRole.SELLER, 10, 5, Signal.RAPPORT)
        .line(SpeakerRole.SELLER, 10, 5, Signal.OPEN_QUESTION)
        .line(SpeakerRole.PROSPECT, 60, 30, Signal.PAIN)
        .line(SpeakerRole.SELLER, 10, 5, Signal.OPEN_QUESTION)
        .line(SpeakerRole.PROSPECT, 60, 30, Signal.GOAL)
        .line(SpeakerRole.SELLER, 10, 5, Signal.OPEN_QUESTION)
        .line(SpeakerRole.PROSPECT, 10, 5, Signal.CONFIRMED);
  }

  List<ConversationEvent> events() {
    return List.copyOf(events);
  }

  Conversation play() {
    return Playbooks.consultative().newConversation().advanceAll(events);
  }

  Score score(Scorer scorer) {
    return scorer.score(play());
  }
}
