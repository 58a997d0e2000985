package org.stagecraft.benchmarks.workload;

import org.stagecraft.Signal;
import org.stagecraft.SpeakerRole;
import org.stagecraft.event.ObservedSignal;

/**
 * One event of the workload: a signal a classifier saw in the call. Peers take these as their
 * event type; Stagecraft takes {@link #event()}, the same signal as an {@link ObservedSignal}
 * shown by the role that naturally shows it (the prospect names pains, goals, confirmations and
 * commitments; the seller does the rest).
 */
public enum Cue {
  OPEN_QUESTION(Signal.OPEN_QUESTION, SpeakerRole.SELLER),
  CLOSED_QUESTION(Signal.CLOSED_QUESTION, SpeakerRole.SELLER),
  PAIN(Signal.PAIN, SpeakerRole.PROSPECT),
  GOAL(Signal.GOAL, SpeakerRole.PROSPECT),
  CONFIRMED(Signal.CONFIRMED, SpeakerRole.PROSPECT),
  EMPATHY(Signal.EMPATHY, SpeakerRole.SELLER),
  /** "Based on everything you told me...". */
  DIAGNOSIS(Signal.DIAGNOSIS, SpeakerRole.SELLER),
  /** The solution presented: Stagecraft's {@link Signal#PRESCRIPTION}. */
  PITCH(Signal.PRESCRIPTION, SpeakerRole.SELLER),
  ASSUMPTIVE_CLOSE(Signal.ASSUMPTIVE_CLOSE, SpeakerRole.SELLER),
  ASK_FOR_SALE(Signal.ASKED_FOR_SALE, SpeakerRole.SELLER),
  COMMITMENT(Signal.COMMITMENT, SpeakerRole.PROSPECT),
  NO_FIT(Signal.NO_FIT, SpeakerRole.SELLER);

  private final ObservedSignal event;

  Cue(Signal signal, SpeakerRole by) {
    this.event = ObservedSignal.of(signal, by);
  }

  /** This cue as a Stagecraft event; one shared instance per cue, as events are values. */
  public ObservedSignal event() {
    return event;
  }

  /** Whether this cue tries to leave discovery: a diagnosis, a pitch or either close. */
  public boolean leavesDiscovery() {
    return this == DIAGNOSIS || this == PITCH || isClose();
  }

  /** Whether this cue is a close: assumptive, or asking for the sale. */
  public boolean isClose() {
    return this == ASSUMPTIVE_CLOSE || this == ASK_FOR_SALE;
  }

  /** Whether this cue is a question, open or closed: the first one starts discovery. */
  public boolean isQuestion() {
    return this == OPEN_QUESTION || this == CLOSED_QUESTION;
  }
}
