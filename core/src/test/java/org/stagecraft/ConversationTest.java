package org.stagecraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.stagecraft.event.ObservedSignal.prospect;
import static org.stagecraft.event.ObservedSignal.seller;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.stagecraft.event.ObservedSignal;
import org.stagecraft.event.StageRequest;
import org.stagecraft.event.Touch;
import org.stagecraft.event.Utterance;

class ConversationTest {
  private final Playbook playbook = Playbooks.consultative();

  @Test
  void a_fresh_conversation_is_in_the_start_stage_with_nothing_recorded() {
    Conversation fresh = playbook.newConversation();

    assertThat(fresh.stage()).isEqualTo(Stage.RAPPORT);
    assertThat(fresh.eventCount()).isZero();
    assertThat(fresh.history()).containsExactly(new StageEntry(Stage.RAPPORT, 0));
    assertThat(fresh.violations()).isEmpty();
    assertThat(fresh.signalsSeen()).isEmpty();
    assertThat(fresh.talk(SpeakerRole.SELLER)).isEqualTo(new TalkStats(0, 0, 0, Duration.ZERO));
    assertThat(fresh).isEqualTo(playbook.newConversation());
  }

  @Test
  void applying_an_event_leaves_the_original_unchanged() {
    Conversation before = playbook.newConversation().advance(seller(Signal.OPEN_QUESTION));

    Conversation after = before.advance(prospect(Signal.PAIN));

    assertThat(before.eventCount()).isEqualTo(1);
    assertThat(before.hasSeen(Signal.PAIN)).isFalse();
    assertThat(after.hasSeen(Signal.PAIN)).isTrue();
  }

  @Test
  void branching_from_an_older_conversation_keeps_both_lines_intact() {
    Conversation root = playbook.newConversation().advance(seller(Signal.OPEN_QUESTION));
    Conversation lineA = root.advance(prospect(Signal.PAIN)).advance(prospect(Signal.GOAL));

    Conversation lineB = root.advance(seller(Signal.NO_FIT));

    assertThat(lineA.stage()).isEqualTo(Stage.DISCOVERY);
    assertThat(lineA.signalsSeen()).containsExactly(Signal.OPEN_QUESTION, Signal.PAIN, Signal.GOAL);
    assertThat(lineB.stage()).isEqualTo(Stage.REFER_OUT);
    assertThat(lineB.signalsSeen()).containsExactly(Signal.OPEN_QUESTION, Signal.NO_FIT);
    assertThat(lineB.evidence(Signal.NO_FIT)).containsExactly(1);
    assertThat(lineA.history()).extracting(StageEntry::stage)
        .containsExactly(Stage.RAPPORT, Stage.DISCOVERY);
    assertThat(root.advance(prospect(Signal.PAIN)).advance(prospect(Signal.GOAL)))
        .isEqualTo(lineA);
  }

  @Test
  void concurrent_appends_to_the_same_conversation_each_get_their_own_line() throws Exception {
    Conversation root = Calls.play(Calls.completeDiscovery());
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Conversation>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Signal signal = t % 2 == 0 ? Signal.DIAGNOSIS : Signal.NO_FIT;
        results.add(pool.submit(() -> {
          start.await();
          Conversation c = root;
          for (int i = 0; i < 200; i++) {
            c = c.advance(Utterance.seller("one two three"));
          }
          return c.advance(seller(signal));
        }));
      }
      start.countDown();
      for (int t = 0; t < threads; t++) {
        Conversation c = results.get(t).get();
        Stage expected = t % 2 == 0 ? Stage.DIAGNOSIS : Stage.REFER_OUT;
        assertThat(c.stage()).isEqualTo(expected);
        assertThat(c.eventCount()).isEqualTo(root.eventCount() + 201);
        assertThat(c.talk(SpeakerRole.SELLER).words()).isEqualTo(4 + 600); // "Good to meet you." then 200 × 3 words
        assertThat(c.history()).hasSize(3);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(root.eventCount()).isEqualTo(Calls.completeDiscovery().size());
  }

  @Test
  void talk_counts_turns_words_and_timed_seconds_per_role() {
    Conversation call = playbook.newConversation().advanceAll(List.of(
        new Utterance(SpeakerRole.SELLER, "What made you look at this now?",
            Duration.ofSeconds(1), Duration.ofSeconds(4)),
        new Utterance(SpeakerRole.PROSPECT, "Our  renewals\tteam is\nswamped",
            Duration.ofSeconds(4), Duration.ofMillis(9500)),
        Utterance.prospect("")));

    assertThat(call.talk(SpeakerRole.SELLER))
        .isEqualTo(new TalkStats(1, 7, 1, Duration.ofSeconds(3)));
    TalkStats prospect = call.talk(SpeakerRole.PROSPECT);
    assertThat(prospect).isEqualTo(new TalkStats(2, 5, 1, Duration.ofMillis(5500)));
    assertThat(prospect.fullyTimed()).isFalse();
    assertThat(call.talk(SpeakerRole.OTHER).utterances()).isZero();
  }

  @Test
  void counts_and_evidence_cover_accepted_signals_only() {
    Conversation call = Calls.play(List.of(
        seller(Signal.OPEN_QUESTION), prospect(Signal.OPEN_QUESTION),
        seller(Signal.ASKED_FOR_SALE), seller(Signal.OPEN_QUESTION)));

    assertThat(call.count(Signal.OPEN_QUESTION)).isEqualTo(3);
    assertThat(call.count(Signal.OPEN_QUESTION, SpeakerRole.SELLER)).isEqualTo(2);
    assertThat(call.evidence(Signal.OPEN_QUESTION)).containsExactly(0, 1, 3);
    assertThat(call.evidence(Signal.ASKED_FOR_SALE)).isEmpty();
    assertThat(call.violations()).extracting(Violation::eventIndex).containsExactly(2);
  }

  @Test
  void touches_are_recorded_without_changing_the_stage() {
    Conversation call = playbook.newConversation()
        .advance(new Touch(Touch.Channel.EMAIL, Touch.Direction.SELLER_TO_PROSPECT, false));

    assertThat(call.eventCount()).isEqualTo(1);
    assertThat(call.stage()).isEqualTo(Stage.RAPPORT);
  }

  @Test
  void the_coaching_hint_says_what_discovery_still_needs() {
    Conversation call = Calls.play(List.of(seller(Signal.OPEN_QUESTION), prospect(Signal.PAIN)));

    assertThat(call.coachingHint()).isEqualTo("In DISCOVERY: before moving on, still needs goal "
        + "(prospect), open question (seller): 1 of 3, confirmed (prospect).");
    assertThat(Calls.play(Calls.completeDiscovery()).coachingHint())
        .isEqualTo("In DISCOVERY: its exit criteria hold; the conversation may move on.");
    assertThat(Calls.play(Calls.discoveryFirst()).coachingHint())
        .isEqualTo("The conversation ended in NEXT_STEPS.");
  }

  @Test
  void missing_for_a_later_stage_follows_the_shortest_way() {
    Conversation call = Calls.play(List.of(seller(Signal.OPEN_QUESTION), prospect(Signal.PAIN)));

    assertThat(call.missingFor(Stage.NEXT_STEPS)).extracting(Shortfall::describe).containsExactly(
        "goal (prospect)", "open question (seller): 1 of 3", "confirmed (prospect)");
    assertThat(call.missingFor(Stage.DISCOVERY)).isEmpty();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Calls.play(Calls.discoveryFirst()).missingFor(Stage.DISCOVERY))
        .withMessage("no way leads from NEXT_STEPS to DISCOVERY in playbook 'consultative'");
  }

  @Test
  void rejects_events_naming_what_the_playbook_does_not_have() {
    Conversation fresh = playbook.newConversation();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> fresh.apply(seller(Signal.of("ECONOMIC_BUYER_IDENTIFIED"))))
        .withMessage("signal ECONOMIC_BUYER_IDENTIFIED is not known to playbook 'consultative'; "
            + "declare it with signals(Signal.of(\"ECONOMIC_BUYER_IDENTIFIED\")) when building "
            + "the playbook");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> fresh.apply(StageRequest.to(Stage.of("NEEDS_ANALYSIS"))))
        .withMessageStartingWith("playbook 'consultative' has no stage NEEDS_ANALYSIS; its stages "
            + "are [RAPPORT, DISCOVERY");
  }

  @Test
  void rejects_null_arguments() {
    Conversation fresh = playbook.newConversation();

    assertThatNullPointerException().isThrownBy(() -> fresh.apply(null));
    assertThatNullPointerException().isThrownBy(() -> fresh.advanceAll(null));
    assertThatNullPointerException().isThrownBy(() -> fresh.hasSeen(null));
    assertThatNullPointerException().isThrownBy(() -> fresh.talk(null));
    assertThatNullPointerException().isThrownBy(() -> ObservedSignal.of(null, SpeakerRole.SELLER));
    assertThatNullPointerException().isThrownBy(() -> Utterance.seller(null));
  }

  @Test
  void to_string_never_shows_utterance_or_evidence_text() {
    Utterance utterance = Utterance.prospect("My name is Jane Roe and my card ends 4242");
    ObservedSignal signal = new ObservedSignal(Signal.PAIN, SpeakerRole.PROSPECT, "Jane Roe");
    Conversation call = playbook.newConversation().advance(utterance).advance(signal);

    assertThat(List.of(utterance.toString(), signal.toString(), call.toString()))
        .allSatisfy(text -> assertThat(text).doesNotContain("Jane").doesNotContain("4242"));
    assertThat(call.toString())
        .isEqualTo("Conversation[playbook=consultative, stage=DISCOVERY, events=2, violations=0]");
  }

  @Test
  void conversations_with_different_histories_are_not_equal() {
    Conversation a = Calls.play(List.of(Utterance.seller("one two"), seller(Signal.RAPPORT)));
    Conversation b = Calls.play(List.of(Utterance.seller("one two three"), seller(Signal.RAPPORT)));
    Conversation timed = Calls.play(List.of(
        new Utterance(SpeakerRole.SELLER, "one two", Duration.ZERO, Duration.ofSeconds(1)),
        seller(Signal.RAPPORT)));

    assertThat(a).isNotEqualTo(b).isNotEqualTo(timed);
    assertThat(a).isEqualTo(Calls.play(List.of(Utterance.seller("one two"),
        seller(Signal.RAPPORT)))).hasSameHashCodeAs(Calls.play(List.of(Utterance.seller("one two"),
        seller(Signal.RAPPORT))));
  }
}
