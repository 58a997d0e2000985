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
 * by the processor's classifier; an empty list means the host looked and found none.
 *
 * <p>Immutable and thread-safe. {@link #toString()} leaves utterance text out (personal data).
 *
 * @param event what happened
 * @param signals for an utterance, the signals its speaker showed, or null to classify its text;
 *     always null for other events
 */
public record EventRecord(ConversationEvent event, @Nullable ImmutableList<Signal> signals) {

  /**
   * Validates the record.
   *
   * @throws NullPointerException if {@code event} is null
   * @throws IllegalArgumentException if signals are given for an event that is not an utterance
   */
  public EventRecord {
    checkNotNull(event, "event");
    checkArgument(signals == null || event instanceof Utterance,
        "only an utterance carries signals, not %s", event);
    signals = signals == null ? null : ImmutableList.copyOf(signals);
  }

  /** An event as it is: an utterance in it will be classified. */
  public static EventRecord of(ConversationEvent event) {
    return new EventRecord(event, null);
  }

  /** An utterance with the signals the host found in it; the classifier is not asked. */
  public static EventRecord classified(Utterance utterance, Iterable<Signal> signals) {
    return new EventRecord(utterance, ImmutableList.copyOf(checkNotNull(signals, "signals")));
  }
}
