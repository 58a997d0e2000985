package org.stagecraft;

import org.stagecraft.internal.Interner;

/**
 * A stage of a sales conversation, such as {@link #DISCOVERY}. The constants are the stages of the
 * consultative playbook ({@link Playbooks#consultative()}); other playbooks name their own with
 * {@link #of(String)}.
 *
 * <p>Stages are interned: {@code Stage.of("CLOSE") == Stage.CLOSE}. Immutable and thread-safe.
 */
public final class Stage extends InternedName {
  private static final Interner<Stage> INTERNER = new Interner<>("stage", Stage::new);

  /** The conversation opens and trust begins, whatever its origin (inbound, referral, cold). */
  public static final Stage RAPPORT = of("RAPPORT");
  /** Open questions about situation, pain, goals and the desired future. */
  public static final Stage DISCOVERY = of("DISCOVERY");
  /** "Based on everything you told me...": the seller states what they found. */
  public static final Stage DIAGNOSIS = of("DIAGNOSIS");
  /** The one solution that fits the diagnosis. */
  public static final Stage PRESCRIPTION = of("PRESCRIPTION");
  /** The assumptive close: the seller describes the next steps instead of asking for the sale. */
  public static final Stage CLOSE = of("CLOSE");
  /** The agreed onboarding, order or follow-up. Terminal. */
  public static final Stage NEXT_STEPS = of("NEXT_STEPS");
  /** No fit: the seller points the prospect elsewhere and ends honestly. Terminal. */
  public static final Stage REFER_OUT = of("REFER_OUT");
  /** The prospect used their right to stop the seller. Terminal. */
  public static final Stage PROSPECT_STOPPED = of("PROSPECT_STOPPED");

  private Stage(String name, int ordinal) {
    super(name, ordinal);
  }

  /**
   * Returns the stage with this name.
   *
   * @param name upper snake case, 1 to 64 characters, e.g. {@code NEEDS_ANALYSIS}
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is not upper snake case
   */
  public static Stage of(String name) {
    return INTERNER.intern(name);
  }
}
