package org.stagecraft.examples.playbooks;

import static org.stagecraft.Criterion.allOf;
import static org.stagecraft.Criterion.atLeast;
import static org.stagecraft.Criterion.seen;
import static org.stagecraft.SpeakerRole.PROSPECT;
import static org.stagecraft.SpeakerRole.SELLER;

import com.google.common.collect.ImmutableList;
import org.stagecraft.Playbook;
import org.stagecraft.Signal;
import org.stagecraft.Stage;

/**
 * MEDDPICC qualification as a playbook with graded criteria: each stage of the deal asks for
 * more of the eight elements (metrics, economic buyer, decision criteria, decision process,
 * paper process, identified pain, champion, competition) before the deal may move on, and the
 * champion must be confirmed twice (tested, not assumed) before the deal is won. {@link
 * MeddpiccCoverageScorer} grades how many elements a conversation evidenced.
 *
 * <p>Which element gates which stage is our own choice for the example.
 */
public final class MeddpiccPlaybook {
  /** Is there a deal: pain, metrics, a champion. */
  public static final Stage QUALIFY = Stage.of("QUALIFY");
  /** A proposal, built with the buyer: who decides, how, against what and whom. */
  public static final Stage DEVELOP = Stage.of("DEVELOP");
  /** Terms on the table. */
  public static final Stage NEGOTIATE = Stage.of("NEGOTIATE");
  /** The buyer signed. Terminal. */
  public static final Stage WON = Stage.of("WON");
  /** No fit: the seller walks away. Terminal. */
  public static final Stage DISQUALIFIED = Stage.of("DISQUALIFIED");

  /** The quantified gain the buyer expects. */
  public static final Signal METRICS = Signal.of("METRICS");
  /** The person who owns the budget is known and engaged. */
  public static final Signal ECONOMIC_BUYER = Signal.of("ECONOMIC_BUYER");
  /** What the buyer will judge solutions by. */
  public static final Signal DECISION_CRITERIA = Signal.of("DECISION_CRITERIA");
  /** The steps and people of the buyer's decision. */
  public static final Signal DECISION_PROCESS = Signal.of("DECISION_PROCESS");
  /** How the contract gets signed: legal, procurement, security review. */
  public static final Signal PAPER_PROCESS = Signal.of("PAPER_PROCESS");
  /** Someone inside who sells for us, and has the power to. */
  public static final Signal CHAMPION = Signal.of("CHAMPION");
  /** Who else the buyer is considering, including doing nothing. */
  public static final Signal COMPETITION = Signal.of("COMPETITION");
  /** The seller puts terms on the table. */
  public static final Signal TERMS_PROPOSED = Signal.of("TERMS_PROPOSED");

  /** The eight elements, in the order of the acronym; identified pain is {@link Signal#PAIN}. */
  public static final ImmutableList<Signal> ELEMENTS = ImmutableList.of(METRICS, ECONOMIC_BUYER,
      DECISION_CRITERIA, DECISION_PROCESS, PAPER_PROCESS, Signal.PAIN, CHAMPION, COMPETITION);

  private static final Playbook PLAYBOOK = Playbook.builder("meddpicc")
      .description("MEDDPICC: each deal stage asks for more of the eight elements")
      .stage(QUALIFY)
      .stage(DEVELOP)
      .owns(DEVELOP, SELLER, Signal.PRESCRIPTION)
      .stage(NEGOTIATE)
      .owns(NEGOTIATE, SELLER, TERMS_PROPOSED)
      .terminalStage(WON)
      .owns(WON, PROSPECT, Signal.COMMITMENT)
      .terminalStage(DISQUALIFIED, Signal.NO_FIT)
      .signals(METRICS, ECONOMIC_BUYER, DECISION_CRITERIA, DECISION_PROCESS, PAPER_PROCESS,
          CHAMPION, COMPETITION, TERMS_PROPOSED)
      .exitCriteria(QUALIFY, allOf(seen(Signal.PAIN, PROSPECT), seen(METRICS), seen(CHAMPION)))
      .exitCriteria(DEVELOP, allOf(seen(ECONOMIC_BUYER), seen(DECISION_CRITERIA),
          seen(DECISION_PROCESS), seen(COMPETITION)))
      .exitCriteria(NEGOTIATE, allOf(seen(PAPER_PROCESS), atLeast(2, CHAMPION)))
      .transition(QUALIFY, DEVELOP)
      .transition(DEVELOP, NEGOTIATE)
      .transition(NEGOTIATE, WON)
      .unguardedTransition(QUALIFY, DISQUALIFIED)
      .unguardedTransition(DEVELOP, DISQUALIFIED)
      .unguardedTransition(NEGOTIATE, DISQUALIFIED)
      .requireCompleted(QUALIFY, DEVELOP, NEGOTIATE, WON)
      .requireCompleted(DEVELOP, NEGOTIATE, WON)
      .scoreWeight(MeddpiccCoverageScorer.ID, 3)
      .build();

  private MeddpiccPlaybook() {}

  /** The playbook; built and verified once. */
  public static Playbook playbook() {
    return PLAYBOOK;
  }
}
