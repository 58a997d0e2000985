package org.stagecraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.stagecraft.event.ObservedSignal.prospect;
import static org.stagecraft.event.ObservedSignal.seller;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stagecraft.event.ConversationEvent;
import org.stagecraft.event.Utterance;

class SummaryTest {
  private final Playbook playbook = Playbooks.consultative();

  @Test
  void the_utterance_that_enters_a_stage_counts_as_talk_in_it() {
    Summary summary = playbook.newConversation().advanceAll(List.of(
        Utterance.seller("hello there"), seller(Signal.RAPPORT),
        Utterance.seller("what brings you here today"), seller(Signal.OPEN_QUESTION),
        Utterance.prospect("renewals keep slipping"), prospect(Signal.PAIN))).summary();

    assertThat(summary.talkIn(Stage.RAPPORT).words()).isEqualTo(2);
    assertThat(summary.talkIn(Stage.DISCOVERY).words()).isEqualTo(5 + 3);
    assertThat(summary.talkBeforeEntering(Stage.DISCOVERY).words()).isEqualTo(2);
    assertThat(summary.talkBeforeFirst(Signal.PAIN).words()).isEqualTo(7);
    assertThat(summary.talkBeforeEntering(Stage.CLOSE)).isNull();
    assertThat(summary.enteredAt(Stage.DISCOVERY)).isEqualTo(3);
  }

  @Test
  void talk_per_stage_adds_up_to_talk_per_role() {
    RandomCalls.forSeeds(200, 400_000, seed -> {
      List<ConversationEvent> events = RandomCalls.call(seed, 200);
      Summary summary = playbook.newConversation().advanceAll(events).summary();

      long byStage = playbook.stages().stream().mapToLong(s -> summary.talkIn(s).words()).sum();
      long byRole = List.of(SpeakerRole.values()).stream()
          .mapToLong(r -> summary.talk(r).words()).sum();
      Duration timeByStage = playbook.stages().stream().map(s -> summary.talkIn(s).spoken())
          .reduce(Duration.ZERO, Duration::plus);

      assertThat(byStage).isEqualTo(byRole).isEqualTo(summary.talk().words());
      assertThat(timeByStage).isEqualTo(summary.talk().spoken());
    });
  }

  @Test
  void seller_violations_leave_out_the_prospects() {
    Summary summary = playbook.newConversation().advanceAll(List.of(
        seller(Signal.OPEN_QUESTION), prospect(Signal.COMMITMENT), seller(Signal.ASKED_FOR_SALE)))
        .summary();

    assertThat(summary.violations()).isEqualTo(2);
    assertThat(summary.sellerViolations()).isEqualTo(1);
    assertThat(summary.sellerViolationWeight()).isEqualTo(3);
    assertThat(summary.sellerViolationEvidence()).containsExactly(2);
  }

  @Test
  void signals_the_playbook_does_not_know_are_refused() {
    Summary summary = playbook.newConversation().summary();

    assertThatIllegalArgumentException().isThrownBy(() -> summary.shown(Signal.of("UNKNOWN_X")))
        .withMessage("playbook 'consultative' does not know signal UNKNOWN_X");
  }
}
