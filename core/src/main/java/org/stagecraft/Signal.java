package org.stagecraft;

import com.google.common.collect.ImmutableList;
import org.stagecraft.internal.Interner;

/**
 * Something observed in a conversation: an open question, a pain point, an assumptive close. An
 * open set: the well-known signals are constants here, and a playbook may declare its own with
 * {@link #of(String)} (for example MEDDPICC's {@code ECONOMIC_BUYER_IDENTIFIED}).
 *
 * <p>Signals are interned: {@code Signal.of("PAIN") == Signal.PAIN}, so identity and equality
 * agree. Immutable and thread-safe.
 */
public final class Signal extends InternedName {
  private static final Interner<Signal> INTERNER = new Interner<>("signal", Signal::new);

  /** The seller (or prospect) asks a question that invites a story: "what made you look now?" */
  public static final Signal OPEN_QUESTION = of("OPEN_QUESTION");
  /** A yes/no or one-word question: "is that on the current plan?" */
  public static final Signal CLOSED_QUESTION = of("CLOSED_QUESTION");
  /** A problem the prospect has now. */
  public static final Signal PAIN = of("PAIN");
  /** Where the prospect wants to be: a goal, a want, a desired future. */
  public static final Signal GOAL = of("GOAL");
  /** The prospect confirms the seller has understood them ("yes, that's exactly it"). */
  public static final Signal CONFIRMED = of("CONFIRMED");
  /** Small talk and warmth that build rapport. */
  public static final Signal RAPPORT = of("RAPPORT");
  /** The seller acknowledges the prospect's feelings or situation. */
  public static final Signal EMPATHY = of("EMPATHY");
  /** Credibility: proof, honesty, references, a promise kept. */
  public static final Signal TRUST = of("TRUST");
  /** The prospect sees that the problem can be solved. */
  public static final Signal HOPE = of("HOPE");
  /** A reason to act now that comes from the prospect's situation, not from pressure. */
  public static final Signal URGENCY = of("URGENCY");
  /** The product can solve the prospect's problem. */
  public static final Signal FIT = of("FIT");
  /** The product cannot solve the prospect's problem. */
  public static final Signal NO_FIT = of("NO_FIT");
  /** "Based on everything you told me...": the seller states what they found. */
  public static final Signal DIAGNOSIS = of("DIAGNOSIS");
  /** The seller presents the solution that fits the diagnosis. */
  public static final Signal PRESCRIPTION = of("PRESCRIPTION");
  /** Order-taker mode: "what would you like to do?", "do you want to move forward?" */
  public static final Signal ASKED_FOR_SALE = of("ASKED_FOR_SALE");
  /** A check of understanding or temperature ("how does that sound so far?"). */
  public static final Signal TRIAL_CLOSE = of("TRIAL_CLOSE");
  /** "Here is what it looks like; the next step is X, then Y. Any questions before we start?" */
  public static final Signal ASSUMPTIVE_CLOSE = of("ASSUMPTIVE_CLOSE");
  /** Manufactured pressure and hard-close tactics. */
  public static final Signal PRESSURE = of("PRESSURE");
  /** A discount or free trial offered by the seller. */
  public static final Signal DISCOUNT = of("DISCOUNT");
  /** The prospect stops the seller ("hold on, I'm not ready for that"). */
  public static final Signal PROSPECT_STOP = of("PROSPECT_STOP");
  /** The prospect commits to the next step, the order or the onboarding. */
  public static final Signal COMMITMENT = of("COMMITMENT");
  /** The prospect raises a concern or an objection. */
  public static final Signal OBJECTION = of("OBJECTION");
  /** A concrete next step is proposed or agreed (a meeting, a follow-up). */
  public static final Signal NEXT_STEP = of("NEXT_STEP");

  private static final ImmutableList<Signal> WELL_KNOWN =
      ImmutableList.of(
          OPEN_QUESTION, CLOSED_QUESTION, PAIN, GOAL, CONFIRMED, RAPPORT, EMPATHY, TRUST, HOPE,
          URGENCY, FIT, NO_FIT, DIAGNOSIS, PRESCRIPTION, ASKED_FOR_SALE, TRIAL_CLOSE,
          ASSUMPTIVE_CLOSE, PRESSURE, DISCOUNT, PROSPECT_STOP, COMMITMENT, OBJECTION, NEXT_STEP);

  private Signal(String name, int ordinal) {
    super(name, ordinal);
  }

  /**
   * Returns the signal with this name, well-known or custom.
   *
   * @param name upper snake case, 1 to 64 characters, e.g. {@code ECONOMIC_BUYER_IDENTIFIED}
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is not upper snake case
   */
  public static Signal of(String name) {
    return INTERNER.intern(name);
  }

  /** The well-known signals, in a fixed order. Every playbook knows all of them. */
  public static ImmutableList<Signal> wellKnown() {
    return WELL_KNOWN;
  }
}
