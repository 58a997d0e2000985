package org.stagecraft.testkit.scenario;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.stagecraft.event.ConversationEvent;
import org.stagecraft.event.Utterance;

/**
 * One line of a scenario: an utterance (whose signals the classifier finds when the scenario
 * runs) or fixed events, and the expectations to check after it.
 */
final class Step {
  final int number;
  final String label;
  final @Nullable Utterance utterance;
  final ImmutableList<ConversationEvent> events;
  final List<Expectation> expectations = new ArrayList<>();

  private Step(int number, String label, @Nullable Utterance utterance,
      ImmutableList<ConversationEvent> events) {
    this.number = number;
    this.label = label;
    this.utterance = utterance;
    this.events = events;
  }

  static Step line(int number, Utterance utterance) {
    return new Step(number, utterance.role().label() + " says \"" + excerpt(utterance.text())
        + "\"", utterance, ImmutableList.of());
  }

  static Step events(int number, String label, List<? extends ConversationEvent> events) {
    return new Step(number, label, null, ImmutableList.copyOf(events));
  }

  /** The description a failure starts with. */
  String describe(String scenario) {
    return "scenario '" + scenario + "', step " + number + ": " + label;
  }

  /** Scripted lines are the test author's own text; long ones are cut to keep messages short. */
  private static String excerpt(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
