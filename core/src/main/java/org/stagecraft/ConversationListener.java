package org.stagecraft;

/**
 * Receives what an {@link Engine} reports while it applies events: stage changes or violations,
 * for live coaching.
 *
 * <p>Called synchronously on the thread that called {@link Engine#apply}, after the event was
 * applied, with the conversation after it. A listener that throws a {@link RuntimeException} does
 * not change the outcome and does not stop the other listeners; the engine logs the exception at
 * WARN with the listener's class and the event index, never with utterance text. An {@link Error}
 * (for example a test's {@link AssertionError}) propagates to the caller of {@code apply}.
 *
 * @param <T> what is reported: {@link StageChange} or {@link Violation}
 */
@FunctionalInterface
public interface ConversationListener<T> {
  /**
   * Handles one report.
   *
   * @param report the stage change or violation
   * @param conversation the conversation after the event
   */
  void on(T report, Conversation conversation);
}
