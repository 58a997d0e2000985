package org.stagecraft.event;

/**
 * One thing that happened in a sales conversation, in the order it happened. Hosts feed these to
 * {@link org.stagecraft.Conversation#apply(ConversationEvent)}; the engine never reads the system
 * clock, so any time an event carries comes from the host.
 *
 * <p>All implementations are immutable records and thread-safe.
 */
public sealed interface ConversationEvent permits Utterance, ObservedSignal, StageRequest, Touch {}
