package org.stagecraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stagecraft.event.ConversationEvent;
import org.stagecraft.event.ObservedSignal;

class ConversationBuilderTest {
  private final Playbook playbook = Playbooks.consultative();

  @Test
  void a_builder_reaches_the_conversation_that_advance_reaches() {
    RandomCalls.forSeeds(500, 7_000, seed -> {
      // given
      List<ConversationEvent> events = RandomCalls.call(seed, 300);

      // when
      Conversation folded = stepped(playbook.newConversation(), events);
      Conversation built = playbook.newConversation().toBuilder().advanceAll(events).build();

      // then
      assertThat(built).isEqualTo(folded);
      assertThat(built.violations()).isEqualTo(folded.violations());
      assertThat(built.history()).isEqualTo(folded.history());
      assertThat(built.summary()).usingRecursiveComparison().isEqualTo(folded.summary());
      assertThat(Snapshot.encode(built)).isEqualTo(Snapshot.encode(folded));
    });
  }

  @Test
  void a_built_conversation_keeps_its_value_while_the_builder_goes_on() {
    RandomCalls.forSeeds(200, 9_000, seed -> {
      // given: a conversation built half-way, then the builder and the conversation both go on
      List<ConversationEvent> events = RandomCalls.call(seed, 200);
      List<ConversationEvent> other = RandomCalls.call(seed + 1, 100);
      ConversationBuilder builder = playbook.newConversation().toBuilder()
          .advanceAll(events.subList(0, 100));
      Conversation half = builder.build();
      Conversation halfCopy = stepped(playbook.newConversation(), events.subList(0, 100));

      // when
      Conversation rest = builder.advanceAll(events.subList(100, 200)).build();
      Conversation branched = half.advanceAll(other);

      // then
      assertThat(half).isEqualTo(halfCopy);
      assertThat(half.eventCount()).isEqualTo(100);
      assertThat(rest).isEqualTo(stepped(playbook.newConversation(), events));
      assertThat(branched).isEqualTo(stepped(halfCopy, other));
    });
  }

  @Test
  void a_builder_started_from_a_conversation_continues_it_and_leaves_it_unchanged() {
    // given
    Conversation start = Calls.play(Calls.completeDiscovery());
    Conversation before = Calls.play(Calls.completeDiscovery());

    // when
    ConversationBuilder builder = start.toBuilder()
        .advance(ObservedSignal.seller(Signal.DIAGNOSIS));

    // then
    assertThat(builder.stage()).isEqualTo(Stage.DIAGNOSIS);
    assertThat(builder.eventCount()).isEqualTo(start.eventCount() + 1);
    assertThat(start).isEqualTo(before);
    assertThat(start.advance(ObservedSignal.seller(Signal.DIAGNOSIS))).isEqualTo(builder.build());
  }

  @Test
  void a_null_event_is_refused() {
    ConversationBuilder builder = playbook.newConversation().toBuilder();

    assertThatNullPointerException().isThrownBy(() -> builder.advance(null))
        .withMessage("event");
  }

  /**
   * The reference: one {@code advance} per event. {@code advanceAll} itself folds through a
   * builder, so it cannot be the yardstick here.
   */
  private static Conversation stepped(Conversation start, List<ConversationEvent> events) {
    Conversation c = start;
    for (ConversationEvent event : events) {
      c = c.advance(event);
    }
    return c;
  }
}
