package org.stagecraft.kafka;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.jspecify.annotations.Nullable;
import org.stagecraft.Signal;
import org.stagecraft.event.ConversationEvent;
import org.stagecraft.event.Utterance;

/**
 * One record of the events topic: a conversation event and, for an utterance, the signals the
 * host already found in it. An utterance without signals ({@code signals == null}) is classified
 * by the processor's classifier; an empty list means the host looked and found none. The one
 * record without an event, {@link #callEnded()}, says the call is over (the line hung up) whatever
 * stage it reached, so that its final scorecard goes out.
 *
 * <p>Immutable and thread-safe. {@link #toString()} leaves utterance text out (personal data).
 *
 * @param event what happened; null only in {@link #callEnded()}
 * @param signals for an utterance, the signals its speaker showed, or null to classify its text;
 *     always null for other events
 */
public record EventRecord(@Nullable ConversationEvent event,
    @Nullable ImmutableList<Signal> signals) {
  private static final EventRecord CALL_ENDED = new EventRecord(null, null);

  /**
   * Validates the record.
   *
   * @throws IllegalArgumentException if signals are given for an event that is not an utterance
   */
  public EventRecord {
    checkArgument(signals == null || event instanceof Utterance,
        "only an utterance carries signals, not %s", event);
    signals = signals == null ? null : ImmutableList.copyOf(signals);
  }

  /**
   * The end of the call, sent by the host when the line hangs up. It changes nothing in the
   * conversation (later events still apply to it) but has the processor write the call's
   * scorecard, unless scorecards are off ({@link ScorecardTrigger}), and drop the turn it kept
   * for the classifier.
   */
  public static EventRecord callEnded() {
    return CALL_ENDED;
  }

  /** Whether this is {@link #callEnded()}. */
  public boolean isCallEnded() {
    return event == null;
  }

  /** An event as it is: an utterance in it will be classified. */
  public static EventRecord of(ConversationEvent event) {
    return new EventRecord(checkNotNull(event, "event"), null);
  }

  /** An utterance with the signals the host found in it; the classifier is not asked. */
  public static EventRecord classified(Utterance utterance, Iterable<Signal> signals) {
    return new EventRecord(checkNotNull(utterance, "utterance"),
        ImmutableList.copyOf(checkNotNull(signals, "signals")));
  }
}
