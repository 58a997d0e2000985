package org.stagecraft.examples;

import static org.stagecraft.event.ObservedSignal.prospect;
import static org.stagecraft.event.ObservedSignal.seller;

import java.util.List;
import org.stagecraft.Conversation;
import org.stagecraft.Engine;
import org.stagecraft.Playbook;
import org.stagecraft.Playbooks;
import org.stagecraft.Signal;
import org.stagecraft.event.ConversationEvent;
import org.stagecraft.event.Utterance;

/**
 * Plays two calls through the consultative playbook: one that does discovery first, and one that
 * tries to close before discovery is complete. Prints each call's stage history, its violations
 * and the coaching hint.
 *
 * <p>Run it with {@code ./mvnw -q -B -pl examples -am compile exec:java}.
 */
public final class Quickstart {
  private Quickstart() {}

  /** Runs the example. */
  public static void main(String[] args) {
    Playbook playbook = Playbooks.consultative();
    play("Discovery-first call", playbook, discoveryFirst());
    play("Premature-close call", playbook, prematureClose());
  }

  static void play(String title, Playbook playbook, List<ConversationEvent> events) {
    Engine engine = Engine.of(playbook)
        .onStageChange((change, c) -> System.out.println("  stage   " + change))
        .onViolation((violation, c) -> System.out.println("  REJECTED event " + violation.eventIndex()
            + ": " + violation.message()));
    System.out.println("== " + title + " ==");
    Conversation call = engine.applyAll(engine.start(), events);
    System.out.println("  history    " + call.history());
    System.out.println("  violations " + call.violations().size());
    System.out.println("  hint       " + call.coachingHint());
    System.out.println();
  }

  /** Rapport, real discovery, confirmation, diagnosis, prescription, assumptive close, commitment. */
  static List<ConversationEvent> discoveryFirst() {
    return List.of(
        Utterance.seller("Thanks for making the time today, how has your week been?"),
        seller(Signal.RAPPORT),
        Utterance.seller("What made you start looking at this now?"),
        seller(Signal.OPEN_QUESTION),
        Utterance.prospect("Our renewals team loses a day a week to manual follow-ups."),
        prospect(Signal.PAIN),
        Utterance.seller("How does that affect the team?"),
        seller(Signal.OPEN_QUESTION),
        seller(Signal.EMPATHY),
        Utterance.seller("Where would you like to be by the end of the quarter?"),
        seller(Signal.OPEN_QUESTION),
        Utterance.prospect("Follow-ups handled automatically, and the day back for customers."),
        prospect(Signal.GOAL),
        Utterance.seller("So the lost day is the problem and getting it back is the goal?"),
        Utterance.prospect("Yes, exactly."),
        prospect(Signal.CONFIRMED),
        Utterance.seller("Based on everything you told me, the gap is the manual follow-up step."),
        seller(Signal.DIAGNOSIS),
        seller(Signal.PRESCRIPTION),
        Utterance.seller("Here is what it looks like: the next step is a pilot with your team. "
            + "Any questions before we move forward?"),
        seller(Signal.ASSUMPTIVE_CLOSE),
        Utterance.prospect("No, let's set up the pilot."),
        prospect(Signal.COMMITMENT));
  }

  /** One question, then straight to asking for the sale. */
  static List<ConversationEvent> prematureClose() {
    return List.of(
        Utterance.seller("Hi, thanks for taking the call."),
        seller(Signal.RAPPORT),
        Utterance.seller("What does your team use today?"),
        seller(Signal.OPEN_QUESTION),
        Utterance.prospect("Spreadsheets, and they are a pain to keep up to date."),
        prospect(Signal.PAIN),
        Utterance.seller("We can fix that. Would you like to move forward?"),
        seller(Signal.ASKED_FOR_SALE));
  }
}
