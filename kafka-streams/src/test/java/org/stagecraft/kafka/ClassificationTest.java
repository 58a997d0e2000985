package org.stagecraft.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stagecraft.Conversation;
import org.stagecraft.Playbook;
import org.stagecraft.Playbooks;
import org.stagecraft.Signal;
import org.stagecraft.Stage;
import org.stagecraft.event.Utterance;
import org.stagecraft.spi.Detection;

class ClassificationTest {
  private static final Playbook PLAYBOOK = Playbooks.consultative();
  private static final Utterance CHECK = Utterance.seller(
      "So renewals slip because nobody owns them. Did I get that right?");
  private static final Utterance YES = Utterance.prospect("Yes.");

  @TempDir Path stateDir;

  /** What the core makes of the same turns, each classified with the one before as context. */
  private static Conversation classified(List<Utterance> turns) {
    return Fold.of(PLAYBOOK, turns.stream().map(EventRecord::of).collect(Collectors.toList()));
  }

  @Test
  void utterances_without_signals_are_classified_with_the_turn_before_as_context() {
    List<Utterance> turns = List.of(
        Utterance.seller("What made you start looking at this now?"),
        Utterance.prospect("Our renewals keep slipping and it costs us customers."),
        CHECK, YES);
    // Cache off: the turn before each utterance comes from the turn store, as after a restart.
    try (Harness harness = new Harness(StagecraftTopology.builder().cacheSize(0), stateDir)) {
      turns.forEach(turn -> harness.send("call-1", EventRecord.of(turn)));

      Conversation stored = harness.stored(PLAYBOOK, "call-1");
      assertThat(stored).isEqualTo(classified(turns));
      assertThat(stored.hasSeen(Signal.CONFIRMED)).isTrue();
      assertThat(stored.stage()).isEqualTo(Stage.DISCOVERY);
      assertThat(Harness.all(harness.stageChanges)).hasSize(1);
    }
  }

  @Test
  void a_yes_without_the_check_before_it_confirms_nothing() {
    try (Harness harness = new Harness(StagecraftTopology.builder(), stateDir)) {
      harness.send("call-2", EventRecord.of(YES));

      assertThat(harness.stored(PLAYBOOK, "call-2").hasSeen(Signal.CONFIRMED)).isFalse();
    }
  }

  @Test
  void without_a_classifier_an_utterance_is_talk_only() {
    try (Harness harness = new Harness(
        StagecraftTopology.builder().withoutClassifier(), stateDir)) {
      harness.send("call-3", EventRecord.of(CHECK));

      assertThat(harness.stored(PLAYBOOK, "call-3"))
          .isEqualTo(PLAYBOOK.newConversation().advance(CHECK));
      assertThat(harness.driver.getAllStateStores()).containsOnlyKeys(
          "stagecraft-conversation-store");
    }
  }

  @Test
  void a_tombstone_forgets_the_conversation_and_its_last_turn() {
    try (Harness harness = new Harness(StagecraftTopology.builder(), stateDir)) {
      harness.send("call-4", EventRecord.of(CHECK));
      harness.events.pipeInput("call-4", (byte[]) null);

      assertThat(harness.store().get("call-4")).isNull();
      assertThat(harness.turns().get("call-4")).isNull();
      assertThat(harness.deadLetters.isEmpty()).isTrue();
    }
  }

  @Test
  void a_turn_the_host_classified_is_not_kept_and_clears_the_one_before() {
    try (Harness harness = new Harness(StagecraftTopology.builder(), stateDir)) {
      KeyValueStore<String, byte[]> turns = harness.turns();

      harness.send("call-5", EventRecord.of(CHECK));
      assertThat(turns.get("call-5")).isNotNull();

      harness.send("call-5", EventRecord.classified(YES, List.of(Signal.CONFIRMED)));
      assertThat(turns.get("call-5")).isNull();
      assertThat(harness.stored(PLAYBOOK, "call-5").hasSeen(Signal.CONFIRMED)).isTrue();
    }
  }

  @Test
  void the_end_of_the_call_drops_its_last_turn_and_keeps_the_conversation() {
    try (Harness harness = new Harness(StagecraftTopology.builder(), stateDir)) {
      KeyValueStore<String, byte[]> turns = harness.turns();
      harness.send("call-7", EventRecord.of(CHECK));
      byte[] conversation = harness.store().get("call-7");
      assertThat(turns.get("call-7")).isNotNull();

      harness.send("call-7", EventRecord.callEnded());

      assertThat(turns.get("call-7")).isNull();
      assertThat(harness.store().get("call-7")).isEqualTo(conversation);
      assertThat(harness.deadLetters.isEmpty()).isTrue();
    }
  }

  @Test
  void a_signal_the_playbook_lacks_from_a_host_classifier_is_a_dead_letter_not_a_crash() {
    Signal unknown = Signal.of("BUDGET_OWNER");
    try (Harness harness = new Harness(StagecraftTopology.builder().classifier((u, previous) ->
        u.text().contains("budget")
            ? com.google.common.collect.ImmutableList.of(
                new Detection(unknown, u.role(), "host.budget", "budget"))
            : com.google.common.collect.ImmutableList.of()), stateDir)) {
      harness.send("call-6", EventRecord.of(Utterance.prospect("I own the budget.")));
      harness.send("call-6", EventRecord.of(CHECK));

      assertThat(harness.deadLetters.readRecordsToList()).singleElement()
          .satisfies(dead -> assertThat(DeadLetters.reason(dead.headers()))
              .startsWith("the event cannot be applied: ").contains("BUDGET_OWNER"));
      assertThat(harness.stored(PLAYBOOK, "call-6").eventCount()).isEqualTo(1);
    }
  }
}
