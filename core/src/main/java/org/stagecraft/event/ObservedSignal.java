package org.stagecraft.event;

import static com.google.common.base.Preconditions.checkNotNull;

import org.jspecify.annotations.Nullable;
import org.stagecraft.Signal;
import org.stagecraft.SpeakerRole;

/**
 * A signal observed in the conversation, by a classifier or by the host. A signal that a later
 * stage owns is an attempt to enter that stage; the engine allows or rejects it.
 *
 * <p>The evidence is for the host's own records (the quote, or the rule that fired); the engine
 * does not keep it, so it never reaches snapshots. {@link #toString()} leaves it out.
 *
 * @param signal what was observed
 * @param by who showed it
 * @param evidence why the observer believes it, or null
 */
public record ObservedSignal(Signal signal, SpeakerRole by, @Nullable String evidence)
    implements ConversationEvent {

  /**
   * Validates the event.
   *
   * @throws NullPointerException if {@code signal} or {@code by} is null
   */
  public ObservedSignal {
    checkNotNull(signal, "signal");
    checkNotNull(by, "by");
  }

  /** A signal without evidence. */
  public static ObservedSignal of(Signal signal, SpeakerRole by) {
    return new ObservedSignal(signal, by, null);
  }

  /** A signal the seller showed. */
  public static ObservedSignal seller(Signal signal) {
    return of(signal, SpeakerRole.SELLER);
  }

  /** A signal the prospect showed. */
  public static ObservedSignal prospect(Signal signal) {
    return of(signal, SpeakerRole.PROSPECT);
  }

  @Override
  public String toString() {
    return "ObservedSignal[" + signal + " by " + by + "]";
  }
}
