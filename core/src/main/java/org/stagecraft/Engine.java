package org.stagecraft;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stagecraft.event.ConversationEvent;

/**
 * Applies events to conversations of one playbook and tells listeners about stage changes and
 * violations, for live use. {@link Conversation#apply} is the same without listeners.
 *
 * <p>Immutable and thread-safe; {@code on...} methods return a new engine. Listeners run on the
 * calling thread; see {@link ConversationListener} for what happens when one throws.
 */
public final class Engine {
  private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

  private final Playbook playbook;
  private final ImmutableList<ConversationListener<StageChange>> stageListeners;
  private final ImmutableList<ConversationListener<Violation>> violationListeners;

  private Engine(
      Playbook playbook,
      ImmutableList<ConversationListener<StageChange>> stageListeners,
      ImmutableList<ConversationListener<Violation>> violationListeners) {
    this.playbook = playbook;
    this.stageListeners = stageListeners;
    this.violationListeners = violationListeners;
  }

  /**
   * An engine for {@code playbook}, without listeners.
   *
   * @throws NullPointerException if {@code playbook} is null
   */
  public static Engine of(Playbook playbook) {
    return new Engine(checkNotNull(playbook, "playbook"), ImmutableList.of(), ImmutableList.of());
  }

  /** This engine, also telling {@code listener} about every stage change. */
  public Engine onStageChange(ConversationListener<StageChange> listener) {
    checkNotNull(listener, "listener");
    return new Engine(playbook,
        ImmutableList.<ConversationListener<StageChange>>builder().addAll(stageListeners)
            .add(listener).build(),
        violationListeners);
  }

  /** This engine, also telling {@code listener} about every violation. */
  public Engine onViolation(ConversationListener<Violation> listener) {
    checkNotNull(listener, "listener");
    return new Engine(playbook, stageListeners,
        ImmutableList.<ConversationListener<Violation>>builder().addAll(violationListeners)
            .add(listener).build());
  }

  /** The playbook this engine applies. */
  public Playbook playbook() {
    return playbook;
  }

  /** A fresh conversation of this engine's playbook. */
  public Conversation start() {
    return playbook.newConversation();
  }

  /**
   * Applies {@code event} to {@code conversation}, then notifies the listeners.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the conversation follows another playbook, or the event
   *     names a signal or stage this playbook lacks
   */
  public Outcome apply(Conversation conversation, ConversationEvent event) {
    checkNotNull(conversation, "conversation");
    if (conversation.playbook() != playbook) {
      throw new IllegalArgumentException("conversation follows playbook '"
          + conversation.playbook().name() + "', but this engine applies '" + playbook.name()
          + "'");
    }
    Outcome outcome = conversation.apply(event);
    if (outcome instanceof Outcome.Accepted accepted && accepted.stageChange() != null) {
      notify(stageListeners, accepted.stageChange(), outcome.conversation());
    } else if (outcome instanceof Outcome.Rejected rejected) {
      notify(violationListeners, rejected.violation(), outcome.conversation());
    }
    return outcome;
  }

  /**
   * Applies every event in order, notifying listeners as it goes, and returns the last
   * conversation.
   *
   * @throws NullPointerException if an argument or an event is null
   * @throws IllegalArgumentException as {@link #apply}
   */
  public Conversation applyAll(
      Conversation conversation, Iterable<? extends ConversationEvent> events) {
    Conversation c = conversation;
    for (ConversationEvent event : checkNotNull(events, "events")) {
      c = apply(c, event).conversation();
    }
    return c;
  }

  private static <T> void notify(
      ImmutableList<ConversationListener<T>> listeners, T report, Conversation conversation) {
    for (ConversationListener<T> listener : listeners) {
      try {
        listener.on(report, conversation);
      } catch (RuntimeException e) { // an Error, such as a test's AssertionError, propagates
        LOG.warn("listener {} threw at event {} of a '{}' conversation; ignored",
            listener.getClass().getName(), conversation.eventCount() - 1,
            conversation.playbook().name(), e);
      }
    }
  }
}
