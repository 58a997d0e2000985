package org.stagecraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.stagecraft.event.ObservedSignal;
import org.stagecraft.event.StageRequest;
import org.stagecraft.event.Touch;
import org.stagecraft.event.Utterance;

class EventsTest {
  @Test
  void utterances_need_both_times_or_neither() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Utterance(SpeakerRole.SELLER, "hi", Duration.ZERO, null))
        .withMessage("give both start and end of an utterance, or neither: start=PT0S end=null");
  }

  @Test
  void utterance_times_must_be_ordered_and_in_range() {
    assertThatIllegalArgumentException().isThrownBy(() -> new Utterance(SpeakerRole.SELLER, "hi",
            Duration.ofSeconds(-1), Duration.ZERO))
        .withMessageStartingWith("utterance start must be between 0 and");
    assertThatIllegalArgumentException().isThrownBy(() -> new Utterance(SpeakerRole.SELLER, "hi",
            Duration.ofSeconds(5), Duration.ofSeconds(4)))
        .withMessageStartingWith("utterance end must be between its start PT5S and");
    assertThatIllegalArgumentException().isThrownBy(() -> new Utterance(SpeakerRole.SELLER, "hi",
            Duration.ZERO, Utterance.MAX_OFFSET.plusMillis(1)))
        .withMessageStartingWith("utterance end must be between its start PT0S and");
  }

  @Test
  void counts_words_across_any_whitespace() {
    assertThat(Utterance.seller("").wordCount()).isZero();
    assertThat(Utterance.seller("  \t\n ").wordCount()).isZero();
    assertThat(Utterance.seller(" so, what made\tyou\nlook? ").wordCount()).isEqualTo(5);
  }

  @Test
  void events_refuse_nulls() {
    assertThatNullPointerException().isThrownBy(() -> Utterance.of(null, "hi"));
    assertThatNullPointerException().isThrownBy(() -> new ObservedSignal(Signal.PAIN, null, null));
    assertThatNullPointerException().isThrownBy(() -> StageRequest.to(null));
    assertThatNullPointerException()
        .isThrownBy(() -> new Touch(null, Touch.Direction.PROSPECT_TO_SELLER, true));
  }

  @Test
  void a_conversation_refuses_events_past_its_capacity() {
    Conversation c = Playbooks.consultative().newConversation();
    Utterance silence = Utterance.prospect("");
    for (int i = 0; i < Conversation.MAX_EVENTS; i++) {
      c = c.advance(silence);
    }
    Conversation full = c;

    assertThat(full.eventCount()).isEqualTo(Conversation.MAX_EVENTS);
    assertThatIllegalStateException().isThrownBy(() -> full.advance(silence))
        .withMessage("a conversation holds at most 16777215 events; start a new one");
  }
}
