package org.stagecraft;

import static org.stagecraft.Criterion.allOf;
import static org.stagecraft.Criterion.atLeast;
import static org.stagecraft.Criterion.seen;
import static org.stagecraft.SpeakerRole.PROSPECT;
import static org.stagecraft.SpeakerRole.SELLER;
import static org.stagecraft.Stage.CLOSE;
import static org.stagecraft.Stage.DIAGNOSIS;
import static org.stagecraft.Stage.DISCOVERY;
import static org.stagecraft.Stage.NEXT_STEPS;
import static org.stagecraft.Stage.PRESCRIPTION;
import static org.stagecraft.Stage.PROSPECT_STOPPED;
import static org.stagecraft.Stage.RAPPORT;
import static org.stagecraft.Stage.REFER_OUT;

/** The playbooks that come with Stagecraft. */
public final class Playbooks {
  /**
   * Open questions the seller must ask before discovery can complete. Our own choice: a floor that
   * stops a seller from pitching after one or two questions, well below the 11 to 14 questions
   * that Gong's research associates with the most successful discovery calls (see DOMAIN.md); the
   * questions score, not this gate, rewards reaching that range.
   */
  public static final int MIN_DISCOVERY_OPEN_QUESTIONS = 3;

  private static final Playbook CONSULTATIVE = buildConsultative();

  private Playbooks() {}

  /**
   * The consultative, discovery-first playbook of DOMAIN.md: rapport, discovery, diagnosis,
   * prescription, assumptive close, next steps; or no fit, refer out; and at any point the
   * prospect's right to stop the seller.
   *
   * <p>Discovery completes when the prospect has named a pain and a goal, the seller has asked at
   * least {@value #MIN_DISCOVERY_OPEN_QUESTIONS} open questions, and the prospect has confirmed
   * the seller's understanding. Diagnosis, prescription, close and next steps cannot be reached
   * before that: the playbook declares it as ordering rules, proved when it is built.
   */
  public static Playbook consultative() {
    return CONSULTATIVE;
  }

  private static Playbook buildConsultative() {
    return Playbook.builder("consultative")
        .description("Discovery-first consultative sale: diagnose before you prescribe")
        .stage(RAPPORT)
        .stage(DISCOVERY, Signal.OPEN_QUESTION, Signal.PAIN, Signal.GOAL)
        .stage(DIAGNOSIS, Signal.DIAGNOSIS)
        .stage(PRESCRIPTION, Signal.PRESCRIPTION)
        .stage(CLOSE, Signal.ASSUMPTIVE_CLOSE, Signal.ASKED_FOR_SALE)
        .terminalStage(NEXT_STEPS)
        .owns(NEXT_STEPS, PROSPECT, Signal.COMMITMENT)
        .terminalStage(REFER_OUT, Signal.NO_FIT)
        .terminalStage(PROSPECT_STOPPED)
        .owns(PROSPECT_STOPPED, PROSPECT, Signal.PROSPECT_STOP)
        .exitCriteria(DISCOVERY, allOf(
            seen(Signal.PAIN, PROSPECT),
            seen(Signal.GOAL, PROSPECT),
            atLeast(MIN_DISCOVERY_OPEN_QUESTIONS, Signal.OPEN_QUESTION, SELLER),
            seen(Signal.CONFIRMED, PROSPECT)))
        .transition(RAPPORT, DISCOVERY)
        .transition(DISCOVERY, DIAGNOSIS)
        .transition(DISCOVERY, PRESCRIPTION)
        .transition(DISCOVERY, CLOSE)
        .transition(DIAGNOSIS, PRESCRIPTION)
        .transition(DIAGNOSIS, CLOSE)
        .transition(PRESCRIPTION, CLOSE)
        .transition(CLOSE, NEXT_STEPS)
        .unguardedTransition(DISCOVERY, REFER_OUT)
        .unguardedTransition(DIAGNOSIS, REFER_OUT)
        .unguardedTransition(PRESCRIPTION, REFER_OUT)
        .interrupt(PROSPECT_STOPPED)
        .requireCompleted(DISCOVERY, DIAGNOSIS, PRESCRIPTION, CLOSE, NEXT_STEPS)
        // Score weights, our own choice: the method's two central rules (discover first, fit
        // before you close) and how the close is made count most.
        .scoreWeight("process-adherence", 2)
        .scoreWeight("discovery-share", 2)
        .scoreWeight("questions", 1.5)
        .scoreWeight("close-style", 1.5)
        .scoreWeight("fit-discipline", 1.5)
        .scoreWeight("talk-ratio", 1)
        .scoreWeight("monologue", 1)
        .scoreWeight("persuasion", 1)
        .scoreWeight("effort-balance", 1)
        .build();
  }
}
