package org.stagecraft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stagecraft.event.ConversationEvent;
import org.stagecraft.event.ObservedSignal;

class ConversationPropertiesTest {
  private static final int CALLS = 2_000;
  private static final int LENGTH = 200;
  private static final Set<Stage> GATED =
      Set.of(Stage.DIAGNOSIS, Stage.PRESCRIPTION, Stage.CLOSE, Stage.NEXT_STEPS);

  private final Playbook playbook = Playbooks.consultative();

  @Test
  void no_call_passes_discovery_before_its_criteria_hold() {
    int[] gatedCalls = {0};
    RandomCalls.forSeeds(CALLS, 1_000, seed -> {
      Conversation c = playbook.newConversation();
      // An oracle kept apart from the engine: what accepted signals showed so far, by role.
      Map<SpeakerRole, int[]> shown = new EnumMap<>(SpeakerRole.class);
      for (SpeakerRole role : SpeakerRole.values()) {
        shown.put(role, new int[Signal.wellKnown().size()]);
      }
      boolean reachedGate = false;
      for (ConversationEvent event : RandomCalls.call(seed, LENGTH)) {
        Stage before = c.stage();
        Outcome outcome = c.apply(event);
        c = outcome.conversation();
        if (GATED.contains(c.stage()) && !GATED.contains(before)) {
          assertThat(before).as("entered %s from", c.stage()).isEqualTo(Stage.DISCOVERY);
          assertThat(shown.get(SpeakerRole.PROSPECT)[index(Signal.PAIN)]).isPositive();
          assertThat(shown.get(SpeakerRole.PROSPECT)[index(Signal.GOAL)]).isPositive();
          assertThat(shown.get(SpeakerRole.PROSPECT)[index(Signal.CONFIRMED)]).isPositive();
          assertThat(shown.get(SpeakerRole.SELLER)[index(Signal.OPEN_QUESTION)])
              .isGreaterThanOrEqualTo(Playbooks.MIN_DISCOVERY_OPEN_QUESTIONS);
          reachedGate = true;
        }
        if (outcome.accepted() && event instanceof ObservedSignal s) {
          shown.get(s.by())[index(s.signal())]++;
        }
      }
      if (reachedGate) {
        gatedCalls[0]++;
      }
    });
    assertThat(gatedCalls[0]).as("calls that got past discovery").isGreaterThan(CALLS / 10);
  }

  @Test
  void a_rejected_event_changes_nothing_but_the_record_of_the_violation() {
    int[] rejections = {0};
    RandomCalls.forSeeds(CALLS / 4, 50_000, seed -> {
      Conversation c = playbook.newConversation();
      for (ConversationEvent event : RandomCalls.call(seed, LENGTH)) {
        Outcome outcome = c.apply(event);
        if (outcome instanceof Outcome.Rejected rejected) {
          rejections[0]++;
          Conversation after = rejected.conversation();
          assertThat(after.stage()).isEqualTo(c.stage());
          assertThat(after.history()).isEqualTo(c.history());
          assertThat(after.signalsSeen()).isEqualTo(c.signalsSeen());
          assertThat(after.missingToExit()).isEqualTo(c.missingToExit());
          for (SpeakerRole role : SpeakerRole.values()) {
            assertThat(after.talk(role)).isEqualTo(c.talk(role));
          }
          for (Signal signal : Signal.wellKnown()) {
            assertThat(after.evidence(signal)).isEqualTo(c.evidence(signal));
          }
          assertThat(after.eventCount()).isEqualTo(c.eventCount() + 1);
          List<Violation> grown = after.violations();
          assertThat(grown).hasSize(c.violations().size() + 1);
          assertThat(grown.subList(0, c.violations().size())).isEqualTo(c.violations());
          assertThat(grown.get(c.violations().size())).isEqualTo(rejected.violation());
        }
        c = outcome.conversation();
      }
    });
    assertThat(rejections[0]).isGreaterThan(CALLS);
  }

  @Test
  void snapshot_and_restore_at_any_point_then_continuing_equals_applying_everything() {
    RandomCalls.forSeeds(CALLS / 2, 90_000, seed -> {
      List<ConversationEvent> events = RandomCalls.call(seed, LENGTH);
      int cut = Math.floorMod(seed * 7919, LENGTH + 1);
      Conversation direct = playbook.newConversation().advanceAll(events);

      Conversation prefix = playbook.newConversation().advanceAll(events.subList(0, cut));
      Conversation restored = Snapshot.decode(playbook, Snapshot.encode(prefix));
      Conversation resumed = restored.advanceAll(events.subList(cut, events.size()));

      assertThat(restored).isEqualTo(prefix);
      assertThat(resumed).isEqualTo(direct);
      assertThat(resumed.violations()).isEqualTo(direct.violations());
      assertThat(resumed.history()).isEqualTo(direct.history());
    });
  }

  @Test
  void the_same_events_always_give_the_same_conversation() {
    RandomCalls.forSeeds(CALLS / 2, 130_000, seed -> {
      List<ConversationEvent> events = RandomCalls.call(seed, LENGTH);

      Conversation first = playbook.newConversation().advanceAll(events);
      Conversation second = playbook.newConversation().advanceAll(events);

      assertThat(second).isEqualTo(first).hasSameHashCodeAs(first);
      assertThat(second.violations()).isEqualTo(first.violations());
      assertThat(Snapshot.encode(second)).isEqualTo(Snapshot.encode(first));
    });
  }

  @Test
  void a_branch_from_the_middle_equals_a_fresh_replay_of_its_events() {
    RandomCalls.forSeeds(CALLS / 4, 170_000, seed -> {
      List<ConversationEvent> events = RandomCalls.call(seed, LENGTH);
      List<ConversationEvent> other = RandomCalls.call(seed + 1_000_000, 20);
      int cut = LENGTH / 2;
      Conversation middle = playbook.newConversation().advanceAll(events.subList(0, cut));
      middle.advanceAll(events.subList(cut, LENGTH)); // the main line claims the shared record

      Conversation branch = middle.advanceAll(other);

      Conversation replay = playbook.newConversation().advanceAll(events.subList(0, cut))
          .advanceAll(other);
      assertThat(branch).isEqualTo(replay);
      assertThat(branch.violations()).isEqualTo(replay.violations());
    });
  }

  private static int index(Signal signal) {
    return Signal.wellKnown().indexOf(signal);
  }
}
