package org.stagecraft.testkit.scenario;

import com.google.common.collect.ImmutableList;
import org.stagecraft.Conversation;
import org.stagecraft.spi.Detection;
import org.stagecraft.testkit.ConversationAssert;

/**
 * What one step did: the conversation after it, the indices of its events and what the
 * classifier detected in its line.
 *
 * @param description what a failure message starts with: the scenario, the step number and line
 * @param after the conversation after the step
 * @param firstEvent the index of the step's first event
 * @param detections the signals the classifier found in the step's line; empty for other steps
 */
record StepResult(String description, Conversation after, int firstEvent,
    ImmutableList<Detection> detections) {

  /** Assertions on the conversation after the step, described by the step. */
  ConversationAssert conversation() {
    return new ConversationAssert(after).as(description);
  }

  /** The index just past the step's last event. */
  int endEvent() {
    return after.eventCount();
  }
}
