package org.stagecraft.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.stagecraft.Conversation;
import org.stagecraft.Playbook;
import org.stagecraft.Playbooks;
import org.stagecraft.RandomCalls;
import org.stagecraft.Signal;
import org.stagecraft.event.ConversationEvent;
import org.stagecraft.event.ObservedSignal;

class ScoringPropertiesTest {
  private static final int CALLS = 500;
  private static final int LENGTH = 200;

  private final Playbook playbook = Playbooks.consultative();
  private final Scoring scoring = Scoring.defaults();

  @Test
  void every_value_stays_between_0_and_100_and_scores_are_deterministic() {
    RandomCalls.forSeeds(CALLS, 300_000, seed -> {
      List<ConversationEvent> events = RandomCalls.call(seed, LENGTH);

      Scorecard first = scoring.score(playbook.newConversation().advanceAll(events));
      Scorecard second = scoring.score(playbook.newConversation().advanceAll(events));

      assertThat(first.scores()).allSatisfy(s -> assertThat(s.value()).isBetween(0, 100));
      assertThat(first.overall()).isBetween(0, 100);
      assertThat(second).isEqualTo(first);
      assertThat(second.toText()).isEqualTo(first.toText());
    });
  }

  @Test
  void rescoring_after_every_event_equals_scoring_each_prefix_afresh() {
    RandomCalls.forSeeds(CALLS / 10, 310_000, seed -> {
      List<ConversationEvent> events = RandomCalls.call(seed, LENGTH);
      Conversation live = playbook.newConversation();
      for (int i = 0; i < events.size(); i++) {
        live = live.advance(events.get(i));
        Scorecard incremental = scoring.score(live);
        if (i % 37 == 0 || i == events.size() - 1) {
          Conversation fresh = playbook.newConversation().advanceAll(events.subList(0, i + 1));
          assertThat(incremental.scores()).as("after event %s", i)
              .isEqualTo(scoring.score(fresh).scores());
        }
      }
    });
  }

  @Test
  void scoring_earlier_points_of_a_long_call_equals_scoring_them_afresh() {
    RandomCalls.forSeeds(5, 330_000, seed -> {
      List<ConversationEvent> events = RandomCalls.call(seed, 1_500);
      List<Conversation> line = new ArrayList<>();
      Conversation c = playbook.newConversation();
      for (ConversationEvent event : events) {
        c = c.advance(event);
        line.add(c);
      }
      scoring.score(c); // the newest first, so earlier points use checkpoints
      SplittableRandom random = new SplittableRandom(seed);
      for (int k = 0; k < 20; k++) {
        int at = random.nextInt(events.size());
        Conversation fresh = playbook.newConversation().advanceAll(events.subList(0, at + 1));
        assertThat(scoring.score(line.get(at)).scores()).as("at event %s", at)
            .isEqualTo(scoring.score(fresh).scores());
      }
    });
  }

  @Test
  void an_added_assumptive_close_never_lowers_close_style_and_an_ask_never_raises_it() {
    Scorer closeStyle = Scorers.closeStyle();
    RandomCalls.forSeeds(CALLS, 320_000, seed -> {
      List<ConversationEvent> events = RandomCalls.call(seed, LENGTH);
      int at = new SplittableRandom(seed).nextInt(events.size() + 1);
      Score before = closeStyle.score(playbook.newConversation().advanceAll(events));

      Score withAssumptive = closeStyle.score(playbook.newConversation()
          .advanceAll(inserted(events, at, Signal.ASSUMPTIVE_CLOSE)));
      Score withAsk = closeStyle.score(playbook.newConversation()
          .advanceAll(inserted(events, at, Signal.ASKED_FOR_SALE)));

      assertThat(withAssumptive.value()).isGreaterThanOrEqualTo(before.value());
      if (before.measured()) {
        assertThat(withAsk.value()).isLessThanOrEqualTo(before.value());
      } else {
        assertThat(withAsk.value()).isLessThan(60); // below a close with no assumptive close
      }
    });
  }

  private static List<ConversationEvent> inserted(
      List<ConversationEvent> events, int at, Signal signal) {
    List<ConversationEvent> out = new ArrayList<>(events);
    out.add(at, ObservedSignal.seller(signal));
    return out;
  }
}
