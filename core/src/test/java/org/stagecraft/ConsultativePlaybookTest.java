package org.stagecraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stagecraft.event.ObservedSignal.prospect;
import static org.stagecraft.event.ObservedSignal.seller;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stagecraft.event.ConversationEvent;
import org.stagecraft.event.StageRequest;
import org.stagecraft.event.Utterance;

class ConsultativePlaybookTest {
  private final Playbook playbook = Playbooks.consultative();

  @Test
  void discovery_first_call_walks_every_stage_to_next_steps() {
    Conversation call = Calls.play(Calls.discoveryFirst());

    assertThat(call.stage()).isEqualTo(Stage.NEXT_STEPS);
    assertThat(call.isEnded()).isTrue();
    assertThat(call.violations()).isEmpty();
    assertThat(call.history()).extracting(StageEntry::stage).containsExactly(
        Stage.RAPPORT, Stage.DISCOVERY, Stage.DIAGNOSIS, Stage.PRESCRIPTION, Stage.CLOSE,
        Stage.NEXT_STEPS);
    assertThat(call.history()).extracting(StageEntry::eventIndex)
        .containsExactly(0, 2, 8, 9, 10, 11);
  }

  @Test
  void rejects_close_before_discovery_is_complete_and_names_what_is_missing() {
    Conversation call = Calls.play(List.of(
        seller(Signal.OPEN_QUESTION), prospect(Signal.PAIN), seller(Signal.OPEN_QUESTION)));

    Outcome outcome = call.apply(seller(Signal.ASSUMPTIVE_CLOSE));

    assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
    Violation violation = ((Outcome.Rejected) outcome).violation();
    assertThat(violation.rule()).isEqualTo(Violation.Rule.EXIT_CRITERIA_NOT_MET);
    assertThat(violation.stage()).isEqualTo(Stage.DISCOVERY);
    assertThat(violation.attempted()).isEqualTo(Stage.CLOSE);
    assertThat(violation.eventIndex()).isEqualTo(3);
    assertThat(violation.signal()).isEqualTo(Signal.ASSUMPTIVE_CLOSE);
    assertThat(violation.by()).isEqualTo(SpeakerRole.SELLER);
    assertThat(violation.missing()).extracting(Shortfall::describe).containsExactly(
        "goal (prospect)", "open question (seller): 2 of 3", "confirmed (prospect)");
    assertThat(violation.message()).isEqualTo(
        "close attempted (assumptive close by the seller) before discovery was complete: "
            + "missing goal (prospect), open question (seller): 2 of 3, confirmed (prospect)");
    assertThat(outcome.conversation().stage()).isEqualTo(Stage.DISCOVERY);
    assertThat(outcome.conversation().hasSeen(Signal.ASSUMPTIVE_CLOSE)).isFalse();
  }

  @Test
  void diagnosis_and_pitch_are_also_held_back_until_discovery_is_complete() {
    Conversation call = Calls.play(List.of(seller(Signal.OPEN_QUESTION)));

    for (Signal early : List.of(Signal.DIAGNOSIS, Signal.PRESCRIPTION, Signal.ASKED_FOR_SALE)) {
      Outcome outcome = call.apply(seller(early));
      assertThat(outcome.accepted()).as("%s during discovery", early).isFalse();
      assertThat(outcome.conversation().stage()).isEqualTo(Stage.DISCOVERY);
    }
  }

  @Test
  void close_from_rapport_is_a_skipped_stage_that_lists_the_way_and_what_is_missing() {
    Outcome outcome = playbook.newConversation().apply(seller(Signal.ASKED_FOR_SALE));

    Violation violation = ((Outcome.Rejected) outcome).violation();
    assertThat(violation.rule()).isEqualTo(Violation.Rule.STAGE_SKIPPED);
    assertThat(violation.message()).contains("RAPPORT -> DISCOVERY -> CLOSE");
    assertThat(violation.missing()).extracting(Shortfall::describe).containsExactly(
        "pain (prospect)", "goal (prospect)", "open question (seller): 0 of 3",
        "confirmed (prospect)");
  }

  @Test
  void a_prospect_pain_in_rapport_moves_the_conversation_into_discovery() {
    Outcome outcome = playbook.newConversation().apply(prospect(Signal.PAIN));

    assertThat(outcome).isInstanceOf(Outcome.Accepted.class);
    assertThat(((Outcome.Accepted) outcome).stageChange())
        .isEqualTo(new StageChange(Stage.RAPPORT, Stage.DISCOVERY, 0));
    assertThat(outcome.conversation().hasSeen(Signal.PAIN)).isTrue();
  }

  @Test
  void no_fit_during_discovery_refers_out_without_discovery_being_complete() {
    Conversation call = Calls.play(List.of(
        seller(Signal.OPEN_QUESTION), prospect(Signal.PAIN), seller(Signal.NO_FIT)));

    assertThat(call.stage()).isEqualTo(Stage.REFER_OUT);
    assertThat(call.violations()).isEmpty();
  }

  @Test
  void closing_after_referring_out_is_a_violation_of_the_ended_conversation() {
    Conversation referred = Calls.play(List.of(seller(Signal.OPEN_QUESTION), seller(Signal.NO_FIT)));

    Outcome outcome = referred.apply(seller(Signal.ASKED_FOR_SALE));

    Violation violation = ((Outcome.Rejected) outcome).violation();
    assertThat(violation.rule()).isEqualTo(Violation.Rule.CONVERSATION_ENDED);
    assertThat(violation.message()).contains("after the conversation ended in refer out");
  }

  @Test
  void after_referring_out_questions_and_a_referral_prescription_are_still_fine() {
    Conversation referred = Calls.play(List.of(seller(Signal.OPEN_QUESTION), seller(Signal.NO_FIT)));

    Conversation after = referred.advanceAll(List.of(
        seller(Signal.OPEN_QUESTION), seller(Signal.PRESCRIPTION), seller(Signal.EMPATHY)));

    assertThat(after.violations()).isEmpty();
    assertThat(after.stage()).isEqualTo(Stage.REFER_OUT);
    assertThat(after.count(Signal.OPEN_QUESTION)).isEqualTo(2);
  }

  @Test
  void the_prospect_may_stop_the_seller_from_any_stage() {
    List<List<ConversationEvent>> prefixes = List.of(
        List.of(),
        List.of(seller(Signal.OPEN_QUESTION)),
        Calls.completeDiscovery().subList(0, 8),
        withAll(Calls.completeDiscovery(), seller(Signal.DIAGNOSIS)),
        withAll(Calls.completeDiscovery(), seller(Signal.PRESCRIPTION)),
        withAll(Calls.completeDiscovery(), seller(Signal.ASSUMPTIVE_CLOSE)));

    for (List<ConversationEvent> prefix : prefixes) {
      Conversation call = Calls.play(prefix);
      Outcome outcome = call.apply(prospect(Signal.PROSPECT_STOP));
      assertThat(outcome.accepted()).as("stop in %s", call.stage()).isTrue();
      assertThat(outcome.conversation().stage()).isEqualTo(Stage.PROSPECT_STOPPED);
    }
  }

  @Test
  void pushing_for_the_close_after_the_prospect_stopped_is_a_violation() {
    Conversation stopped = Calls.play(withAll(Calls.completeDiscovery(),
        seller(Signal.ASSUMPTIVE_CLOSE), prospect(Signal.PROSPECT_STOP)));

    Outcome outcome = stopped.apply(seller(Signal.ASSUMPTIVE_CLOSE));

    assertThat(((Outcome.Rejected) outcome).violation().rule())
        .isEqualTo(Violation.Rule.CONVERSATION_ENDED);
  }

  @Test
  void a_seller_saying_stop_does_not_end_the_conversation() {
    Outcome outcome = Calls.play(List.of(seller(Signal.OPEN_QUESTION)))
        .apply(seller(Signal.PROSPECT_STOP));

    assertThat(outcome.accepted()).isTrue();
    assertThat(outcome.conversation().stage()).isEqualTo(Stage.DISCOVERY);
  }

  @Test
  void commitment_counts_only_from_the_prospect() {
    Conversation closing = Calls.play(withAll(Calls.completeDiscovery(),
        seller(Signal.ASSUMPTIVE_CLOSE)));

    assertThat(closing.advance(seller(Signal.COMMITMENT)).stage()).isEqualTo(Stage.CLOSE);
    assertThat(closing.advance(prospect(Signal.COMMITMENT)).stage())
        .isEqualTo(Stage.NEXT_STEPS);
  }

  @Test
  void signals_no_stage_owns_are_recorded_in_place() {
    Conversation call = Calls.play(List.of(
        seller(Signal.RAPPORT), seller(Signal.EMPATHY), prospect(Signal.URGENCY),
        seller(Signal.DISCOUNT)));

    assertThat(call.stage()).isEqualTo(Stage.RAPPORT);
    assertThat(call.violations()).isEmpty();
    assertThat(call.signalsSeen())
        .containsExactly(Signal.RAPPORT, Signal.EMPATHY, Signal.URGENCY, Signal.DISCOUNT);
  }

  @Test
  void questions_during_the_close_are_credited_without_moving_back() {
    Conversation closing = Calls.play(withAll(Calls.completeDiscovery(),
        seller(Signal.ASSUMPTIVE_CLOSE)));

    Outcome outcome = closing.apply(seller(Signal.OPEN_QUESTION));

    assertThat(outcome.accepted()).isTrue();
    assertThat(outcome.conversation().stage()).isEqualTo(Stage.CLOSE);
    assertThat(outcome.conversation().count(Signal.OPEN_QUESTION, SpeakerRole.SELLER))
        .isEqualTo(4);
  }

  @Test
  void stage_requests_follow_the_same_guards() {
    Conversation discovering = Calls.play(List.of(seller(Signal.OPEN_QUESTION)));

    Outcome early = discovering.apply(StageRequest.to(Stage.DIAGNOSIS));
    Outcome backwards = Calls.play(withAll(Calls.completeDiscovery(), seller(Signal.DIAGNOSIS)))
        .apply(StageRequest.to(Stage.DISCOVERY));
    Outcome same = discovering.apply(StageRequest.to(Stage.DISCOVERY));

    assertThat(((Outcome.Rejected) early).violation().rule())
        .isEqualTo(Violation.Rule.EXIT_CRITERIA_NOT_MET);
    assertThat(((Outcome.Rejected) early).violation().signal()).isNull();
    Violation back = ((Outcome.Rejected) backwards).violation();
    assertThat(back.rule()).isEqualTo(Violation.Rule.NO_TRANSITION);
    assertThat(back.message()).contains("from DIAGNOSIS it allows PRESCRIPTION, CLOSE, REFER_OUT, "
        + "PROSPECT_STOPPED");
    assertThat(same.accepted()).isTrue();
    assertThat(Calls.play(Calls.completeDiscovery()).apply(StageRequest.to(Stage.DIAGNOSIS))
        .conversation().stage()).isEqualTo(Stage.DIAGNOSIS);
  }

  @Test
  void stage_requests_after_the_end_are_violations() {
    Conversation done = Calls.play(Calls.discoveryFirst());

    Outcome outcome = done.apply(StageRequest.to(Stage.DISCOVERY));

    assertThat(((Outcome.Rejected) outcome).violation().rule())
        .isEqualTo(Violation.Rule.CONVERSATION_ENDED);
  }

  @Test
  void talk_after_the_end_is_recorded() {
    Conversation done = Calls.play(Calls.discoveryFirst());

    Conversation after = done.advance(Utterance.prospect("Thanks, talk soon."));

    assertThat(after.talk(SpeakerRole.PROSPECT).words()).isEqualTo(3);
    assertThat(after.violations()).isEmpty();
  }

  @Test
  void every_discovery_threshold_is_needed() {
    List<ConversationEvent> full = Calls.completeDiscovery();
    for (int skip = 2; skip < full.size(); skip++) {
      List<ConversationEvent> missingOne = new ArrayList<>(full);
      ConversationEvent dropped = missingOne.remove(skip);
      Conversation call = Calls.play(missingOne);
      assertThat(call.missingToExit()).as("without %s", dropped).hasSize(1);
      assertThat(call.apply(seller(Signal.DIAGNOSIS)).accepted()).as("without %s", dropped)
          .isFalse();
    }
    assertThat(Calls.play(full).missingToExit()).isEmpty();
  }

  @Test
  void the_ordering_rules_are_declared_for_every_stage_after_discovery() {
    assertThat(playbook.orderingRules()).extracting(OrderingRule::target).containsExactly(
        Stage.DIAGNOSIS, Stage.PRESCRIPTION, Stage.CLOSE, Stage.NEXT_STEPS);
  }

  private static List<ConversationEvent> withAll(
      List<ConversationEvent> head, ConversationEvent... tail) {
    List<ConversationEvent> all = new ArrayList<>(head);
    all.addAll(List.of(tail));
    return all;
  }
}
