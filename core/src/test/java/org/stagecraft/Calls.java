package org.stagecraft;

import static org.stagecraft.event.ObservedSignal.prospect;
import static org.stagecraft.event.ObservedSignal.seller;

import java.util.ArrayList;
import java.util.List;
import org.stagecraft.event.ConversationEvent;
import org.stagecraft.event.Utterance;

/** Scripted calls shared by the tests. */
final class Calls {
  private Calls() {}

  /** Rapport, then a discovery whose exit criteria all hold at the end. */
  static List<ConversationEvent> completeDiscovery() {
    return List.of(
        Utterance.seller("Good to meet you."),
        seller(Signal.RAPPORT),
        seller(Signal.OPEN_QUESTION),
        prospect(Signal.PAIN),
        seller(Signal.OPEN_QUESTION),
        prospect(Signal.GOAL),
        seller(Signal.OPEN_QUESTION),
        prospect(Signal.CONFIRMED));
  }

  /** A whole discovery-first call that ends in next steps. */
  static List<ConversationEvent> discoveryFirst() {
    List<ConversationEvent> events = new ArrayList<>(completeDiscovery());
    events.addAll(List.of(
        seller(Signal.DIAGNOSIS),
        seller(Signal.PRESCRIPTION),
        seller(Signal.ASSUMPTIVE_CLOSE),
        prospect(Signal.COMMITMENT)));
    return events;
  }

  static Conversation play(List<? extends ConversationEvent> events) {
    return Playbooks.consultative().newConversation().advanceAll(events);
  }
}
