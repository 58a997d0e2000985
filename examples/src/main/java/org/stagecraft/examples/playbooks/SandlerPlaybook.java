package org.stagecraft.examples.playbooks;

import static org.stagecraft.Criterion.atLeast;
import static org.stagecraft.Criterion.seen;
import static org.stagecraft.SpeakerRole.PROSPECT;

import org.stagecraft.Playbook;
import org.stagecraft.PlaybookBuilder;
import org.stagecraft.Signal;
import org.stagecraft.Stage;

/**
 * A Sandler-style gated sequence: bonding, an up-front contract, pain, budget and decision, each
 * a compartment whose door must close (its gate must hold) before the next opens, and only then
 * fulfillment (the presentation) and the post-sell. A "no" is a fine outcome at any point. The
 * seller moves by {@link org.stagecraft.event.StageRequest}, like a CRM stage gate.
 *
 * <p>The gates (rapport, an agreed up-front contract, two pains stated by the prospect, a
 * confirmed budget, a known decision process) are our own choice for the example.
 */
public final class SandlerPlaybook {
  /** Rapport, on equal terms. */
  public static final Stage BONDING = Stage.of("BONDING");
  /** Both agree what the meeting is for, how long, and that "no" is an acceptable answer. */
  public static final Stage UP_FRONT_CONTRACT = Stage.of("UP_FRONT_CONTRACT");
  /** The prospect's pain, from the surface reason to the personal impact. */
  public static final Stage PAIN = Stage.of("PAIN");
  /** Whether and how the prospect will invest to fix it. */
  public static final Stage BUDGET = Stage.of("BUDGET");
  /** Who decides, how and when. */
  public static final Stage DECISION = Stage.of("DECISION");
  /** The presentation of what fixes the pain, within the budget, to the deciders. */
  public static final Stage FULFILLMENT = Stage.of("FULFILLMENT");
  /** The sale is made and locked in against buyer's remorse. Terminal. */
  public static final Stage POST_SELL = Stage.of("POST_SELL");
  /** A clear no. Terminal, and a fine outcome. */
  public static final Stage NO_GO = Stage.of("NO_GO");

  /** The prospect agrees the up-front contract. */
  public static final Signal CONTRACT_AGREED = Signal.of("CONTRACT_AGREED");
  /** The prospect confirms a budget. */
  public static final Signal BUDGET_CONFIRMED = Signal.of("BUDGET_CONFIRMED");
  /** The prospect explains who decides and how. */
  public static final Signal DECISION_PROCESS_KNOWN = Signal.of("DECISION_PROCESS_KNOWN");

  private static final Playbook PLAYBOOK = definition().build();

  private SandlerPlaybook() {}

  /** The playbook; built and verified once. */
  public static Playbook playbook() {
    return PLAYBOOK;
  }

  /** A fresh, unbuilt definition of the playbook, for variants and for verification tests. */
  public static PlaybookBuilder definition() {
    return Playbook.builder("sandler")
        .description("Sandler-style gated sequence: no presentation before pain, budget, decision")
        .stage(BONDING)
        .stage(UP_FRONT_CONTRACT)
        .stage(PAIN)
        .stage(BUDGET)
        .stage(DECISION)
        .stage(FULFILLMENT)
        .owns(FULFILLMENT, org.stagecraft.SpeakerRole.SELLER, Signal.PRESCRIPTION)
        .terminalStage(POST_SELL)
        .owns(POST_SELL, PROSPECT, Signal.COMMITMENT)
        .terminalStage(NO_GO, Signal.NO_FIT)
        .owns(NO_GO, PROSPECT, Signal.PROSPECT_STOP)
        .signals(CONTRACT_AGREED, BUDGET_CONFIRMED, DECISION_PROCESS_KNOWN)
        .exitCriteria(BONDING, seen(Signal.RAPPORT))
        .exitCriteria(UP_FRONT_CONTRACT, seen(CONTRACT_AGREED, PROSPECT))
        .exitCriteria(PAIN, atLeast(2, Signal.PAIN, PROSPECT))
        .exitCriteria(BUDGET, seen(BUDGET_CONFIRMED, PROSPECT))
        .exitCriteria(DECISION, seen(DECISION_PROCESS_KNOWN, PROSPECT))
        .transition(BONDING, UP_FRONT_CONTRACT)
        .transition(UP_FRONT_CONTRACT, PAIN)
        .transition(PAIN, BUDGET)
        .transition(BUDGET, DECISION)
        .transition(DECISION, FULFILLMENT)
        .transition(FULFILLMENT, POST_SELL)
        .interrupt(NO_GO)
        .requireCompleted(UP_FRONT_CONTRACT, PAIN)
        .requireCompleted(PAIN, FULFILLMENT)
        .requireCompleted(BUDGET, FULFILLMENT)
        .requireCompleted(DECISION, FULFILLMENT);
  }
}
