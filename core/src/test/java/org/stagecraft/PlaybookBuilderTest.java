package org.stagecraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stagecraft.Criterion.atLeast;
import static org.stagecraft.Criterion.seen;

import org.junit.jupiter.api.Test;

class PlaybookBuilderTest {
  private static final Stage A = Stage.of("A_START");
  private static final Stage B = Stage.of("B_MIDDLE");
  private static final Stage C = Stage.of("C_GATE");
  private static final Stage END = Stage.of("Z_END");

  private static PlaybookBuilder line() {
    return Playbook.builder("line").stage(A).stage(B).terminalStage(END)
        .transition(A, B).transition(B, END);
  }

  private static PlaybookValidationException failure(PlaybookBuilder builder) {
    try {
      builder.build();
    } catch (PlaybookValidationException e) {
      return e;
    }
    throw new AssertionError("expected the playbook to fail verification");
  }

  @Test
  void a_valid_line_builds_and_starts_in_its_first_stage() {
    Playbook playbook = line().build();

    assertThat(playbook.startStage()).isEqualTo(A);
    assertThat(playbook.isTerminal(END)).isTrue();
    assertThat(playbook.newConversation().stage()).isEqualTo(A);
  }

  @Test
  void reports_unreachable_stages() {
    PlaybookValidationException e = failure(line().stage(C).transition(C, END));

    assertThat(e.problems()).containsExactly(
        "stage C_GATE is unreachable from the start stage A_START: add a transition into it or "
            + "remove it");
    assertThat(e.playbook()).isEqualTo("line");
    assertThat(e.getMessage()).startsWith("playbook 'line' is not valid (1 problem):");
  }

  @Test
  void reports_non_terminal_dead_ends() {
    PlaybookValidationException e = failure(line().stage(C).transition(B, C));

    assertThat(e.problems()).singleElement().asString()
        .startsWith("stage C_GATE is a dead end: it is not terminal and has no transition out");
  }

  @Test
  void reports_stages_that_loop_without_reaching_an_end() {
    PlaybookValidationException e = failure(Playbook.builder("loop").stage(A).stage(B).stage(C)
        .terminalStage(END).transition(A, B).transition(A, END).transition(B, C)
        .transition(C, B));

    assertThat(e.problems()).containsExactly(
        "stage B_MIDDLE can never reach a terminal stage: every path from it loops; add a "
            + "transition toward an ending",
        "stage C_GATE can never reach a terminal stage: every path from it loops; add a "
            + "transition toward an ending");
  }

  @Test
  void reports_criteria_that_name_undeclared_signals() {
    Signal custom = Signal.of("ECONOMIC_BUYER_IDENTIFIED");

    PlaybookValidationException e = failure(line().exitCriteria(B, seen(custom)));

    assertThat(e.problems()).singleElement().asString()
        .contains("signal ECONOMIC_BUYER_IDENTIFIED in exit criteria of B_MIDDLE is not declared")
        .contains("signals(Signal.of(\"ECONOMIC_BUYER_IDENTIFIED\"))");
    assertThat(line().signals(custom).exitCriteria(B, seen(custom)).build().knows(custom)).isTrue();
  }

  @Test
  void proves_ordering_rules_and_names_the_path_that_breaks_them() {
    PlaybookBuilder shortcut = Playbook.builder("shortcut").stage(A).stage(C).stage(B)
        .terminalStage(END).exitCriteria(C, seen(Signal.PAIN))
        .transition(A, C).transition(C, B).transition(B, END)
        .transition(A, B) // the shortcut around the gate
        .requireCompleted(C, END);

    PlaybookValidationException e = failure(shortcut);

    assertThat(e.problems()).containsExactly(
        "ordering rule 'C_GATE completed before Z_END' is broken by the path "
            + "A_START -> B_MIDDLE -> Z_END: it reaches Z_END without a guarded transition out "
            + "of C_GATE");
  }

  @Test
  void an_unguarded_exit_does_not_complete_the_prerequisite() {
    PlaybookValidationException e = failure(Playbook.builder("bypass").stage(A).stage(C)
        .terminalStage(END).exitCriteria(C, seen(Signal.PAIN)).transition(A, C)
        .unguardedTransition(C, END).requireCompleted(C, END));

    assertThat(e.problems()).singleElement().asString()
        .contains("broken by the path A_START -> C_GATE -> Z_END");
  }

  @Test
  void a_rule_holds_when_every_path_passes_the_gate() {
    Playbook playbook = Playbook.builder("gated").stage(A).stage(C).stage(B).terminalStage(END)
        .exitCriteria(C, seen(Signal.PAIN)).transition(A, C).transition(C, B).transition(B, C)
        .transition(B, END).requireCompleted(C, B, END).build();

    assertThat(playbook.orderingRules()).hasSize(2);
  }

  @Test
  void reports_every_naming_mistake_at_once() {
    Stage ghost = Stage.of("GHOST");
    PlaybookBuilder builder = Playbook.builder("typos").stage(A).stage(A).terminalStage(END)
        .transition(A, ghost).transition(A, END).exitCriteria(ghost, seen(Signal.PAIN))
        .startAt(ghost).interrupt(A).requireCompleted(ghost, END);

    PlaybookValidationException e = failure(builder);

    assertThat(e.problems()).containsExactly(
        "stage A_START is declared twice",
        "start stage GHOST is not declared (declared stages: [A_START, Z_END])",
        "exit criteria are set for undeclared stage GHOST (declared stages: [A_START, Z_END])",
        "transition A_START -> GHOST names undeclared stage GHOST (declared stages: [A_START, "
            + "Z_END])",
        "interrupt target A_START must be a terminal stage",
        "ordering rule 'GHOST completed before Z_END' names undeclared stage GHOST (declared "
            + "stages: [A_START, Z_END])");
  }

  @Test
  void reports_transitions_out_of_terminal_stages_and_duplicates() {
    PlaybookValidationException e = failure(line().transition(END, A).transition(A, B));

    assertThat(e.problems()).containsExactly(
        "transition Z_END -> A_START leaves terminal stage Z_END: a terminal stage ends the "
            + "conversation",
        "transition A_START -> B_MIDDLE is declared more than once");
  }

  @Test
  void reports_an_interrupt_that_duplicates_a_transition() {
    PlaybookValidationException e = failure(line().interrupt(END));

    assertThat(e.problems()).containsExactly(
        "transition B_MIDDLE -> Z_END is declared more than once (once as an interrupt)");
  }

  @Test
  void reports_a_signal_owned_by_two_stages() {
    PlaybookValidationException e = failure(line().stage(C, Signal.PAIN).transition(B, C)
        .transition(C, END).owns(B, SpeakerRole.PROSPECT, Signal.PAIN));

    assertThat(e.problems()).containsExactly(
        "signal PAIN is owned by both C_GATE and B_MIDDLE (when shown by prospect): a signal may "
            + "move the conversation to one stage only");
  }

  @Test
  void reports_a_terminal_start_exit_criteria_on_a_terminal_stage_and_no_stages() {
    assertThat(failure(Playbook.builder("empty")).problems())
        .containsExactly("the playbook declares no stages: add at least a start and a terminal "
            + "stage");
    assertThat(failure(Playbook.builder("over").terminalStage(END)).problems())
        .containsExactly("start stage Z_END is terminal: the conversation would end at once");
    assertThat(failure(line().exitCriteria(END, seen(Signal.PAIN))).problems())
        .containsExactly("terminal stage Z_END has exit criteria, but nothing leaves it");
    assertThat(failure(Playbook.builder(" ").stage(A).terminalStage(END).transition(A, END))
        .problems()).containsExactly("the playbook needs a name that is not blank");
  }

  @Test
  void reports_counters_that_do_not_fit_in_the_packed_state() {
    PlaybookBuilder builder = line();
    Signal[] many = new Signal[5];
    Criterion[] counts = new Criterion[5];
    for (int i = 0; i < many.length; i++) {
      many[i] = Signal.of("COUNTED_" + i);
      counts[i] = atLeast(200, many[i], SpeakerRole.SELLER);
    }
    builder.signals(many).exitCriteria(A, Criterion.allOf(counts));

    assertThat(failure(builder).problems()).singleElement().asString()
        .startsWith("the guards count too much to pack: they need 40 bits of counters and 32 are "
            + "available");
  }

  @Test
  void reports_owners_and_interrupts_naming_undeclared_stages() {
    Stage ghost = Stage.of("GHOST");

    assertThat(failure(line().stage(ghost, Signal.PAIN).interrupt(Stage.of("ELSEWHERE")))
        .problems()).contains(
        "interrupt names undeclared stage ELSEWHERE (declared stages: [A_START, B_MIDDLE, Z_END, "
            + "GHOST])");
    assertThat(failure(line().owns(ghost, SpeakerRole.SELLER, Signal.PAIN)).problems())
        .containsExactly("signal PAIN is owned by undeclared stage GHOST (declared stages: "
            + "[A_START, B_MIDDLE, Z_END])");
  }

  @Test
  void reports_too_many_stages() {
    PlaybookBuilder builder = Playbook.builder("huge");
    for (int i = 0; i < 65; i++) {
      builder.stage(Stage.of("STEP_" + i));
    }

    assertThat(failure(builder).problems())
        .containsExactly("the playbook declares 65 stages; at most 64 are supported");
  }

  @Test
  void reports_too_many_signals() {
    PlaybookBuilder builder = line();
    for (int i = 0; i < 64 - Signal.wellKnown().size() + 1; i++) {
      builder.signals(Signal.of("EXTRA_" + i));
    }

    assertThat(failure(builder).problems()).singleElement().asString()
        .contains("at most 64 are supported");
  }

  @Test
  void rejects_null_arguments_at_once() {
    assertThatNullPointerException().isThrownBy(() -> Playbook.builder(null));
    assertThatNullPointerException().isThrownBy(() -> line().stage(null));
    assertThatNullPointerException().isThrownBy(() -> line().transition(A, null));
    assertThatNullPointerException().isThrownBy(() -> line().exitCriteria(A, null));
    assertThatNullPointerException().isThrownBy(() -> line().signals((Signal) null));
  }

  @Test
  void criteria_validate_their_counts() {
    assertThatThrownBy(() -> atLeast(0, Signal.PAIN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a count criterion needs 1 to 255, not 0 (signal PAIN)");
    assertThatThrownBy(() -> Criterion.anyOf()).hasMessage("anyOf needs at least one criterion");
    assertThatThrownBy(() -> Signal.of("open question"))
        .hasMessageContaining("signal name must be UPPER_SNAKE_CASE");
  }

  @Test
  void any_of_guards_need_one_alternative() {
    Playbook playbook = line().exitCriteria(A,
        Criterion.anyOf(seen(Signal.PAIN), atLeast(2, Signal.GOAL, SpeakerRole.PROSPECT))).build();
    Conversation start = playbook.newConversation();
    org.stagecraft.event.StageRequest toB = org.stagecraft.event.StageRequest.to(B);

    Outcome blocked = start.apply(toB);
    Conversation twoGoals = start.advance(org.stagecraft.event.ObservedSignal.prospect(Signal.GOAL))
        .advance(org.stagecraft.event.ObservedSignal.prospect(Signal.GOAL));

    assertThat(((Outcome.Rejected) blocked).violation().missing()).extracting(Shortfall::describe)
        .containsExactly("one of (pain | 2 × goal (prospect))");
    assertThat(twoGoals.apply(toB).accepted()).isTrue();
    assertThat(start.advance(org.stagecraft.event.ObservedSignal.seller(Signal.PAIN)).apply(toB)
        .accepted()).isTrue();
  }

  @Test
  void reports_transitions_and_rules_that_go_nowhere() {
    PlaybookValidationException e = failure(line().transition(B, B).requireCompleted(B, B));

    assertThat(e.problems()).containsExactly(
        "transition B_MIDDLE -> B_MIDDLE does not change stage; a stage keeps signals it owns "
            + "without a transition",
        "ordering rule names B_MIDDLE as its own prerequisite");
  }

  @Test
  void reports_a_guard_that_needs_a_signal_only_a_later_stage_can_credit() {
    PlaybookBuilder stuck = Playbook.builder("stuck").stage(A).stage(B).terminalStage(END,
        Signal.DIAGNOSIS).transition(A, B).transition(B, END)
        .exitCriteria(B, seen(Signal.DIAGNOSIS));

    assertThat(failure(stuck).problems()).containsExactly(
        "the guard of B_MIDDLE -> Z_END needs diagnosis, but DIAGNOSIS moves the conversation to "
            + "Z_END (from the seller), Z_END (from the prospect), Z_END (from the other), which "
            + "does not come before B_MIDDLE: it can never be counted in time");
    assertThat(line().exitCriteria(B, seen(Signal.DIAGNOSIS, SpeakerRole.SELLER))
        .owns(END, SpeakerRole.PROSPECT, Signal.DIAGNOSIS).build().knows(Signal.DIAGNOSIS))
        .as("the seller's diagnosis is not owned, so it can be counted")
        .isTrue();
  }

  @Test
  void fingerprints_do_not_confuse_a_signal_named_always_with_no_guard() {
    Signal always = Signal.of("ALWAYS");

    Playbook guarded = line().signals(always).exitCriteria(A, seen(always)).build();
    Playbook open = line().signals(always).build();

    assertThat(guarded.fingerprint()).isNotEqualTo(open.fingerprint());
  }

  @Test
  void fingerprints_tell_playbooks_apart() {
    assertThat(line().build().fingerprint()).isEqualTo(line().build().fingerprint());
    assertThat(line().exitCriteria(A, seen(Signal.PAIN)).build().fingerprint())
        .isNotEqualTo(line().build().fingerprint());
  }
}
