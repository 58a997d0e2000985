package org.stagecraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.stagecraft.event.ConversationEvent;

class EncodedConversationTest {
  private final Playbook playbook = Playbooks.consultative();

  @Test
  void extending_after_every_step_gives_the_bytes_of_a_whole_encode() {
    RandomCalls.forSeeds(60, 4_100, seed -> {
      List<ConversationEvent> call = RandomCalls.call(seed, 300);
      SplittableRandom steps = new SplittableRandom(seed);
      EncodedConversation encoded = EncodedConversation.of(playbook.newConversation());
      int at = 0;
      int copied = 0;
      int stepCount = 0;
      while (at < call.size()) {
        // Steps of one or several events, as a record that carries an utterance and its signals.
        int step = Math.min(call.size() - at, 1 + steps.nextInt(4));
        Conversation later = steps.nextBoolean()
            ? encoded.conversation().advanceAll(call.subList(at, at + step))
            : advanceOneByOne(encoded.conversation(), call.subList(at, at + step));
        // The copying path needs a shared record; make sure it is the one being tested.
        copied += encoded.conversation().journal() == later.journal() ? 1 : 0;
        stepCount++;
        encoded = encoded.extendTo(later);
        at += step;
        assertThat(encoded.snapshot()).as("after %s events", at)
            .isEqualTo(Snapshot.encode(later));
      }
      assertThat(copied).isGreaterThan(stepCount * 9 / 10);
    });
  }

  @Test
  void a_branch_an_earlier_conversation_or_a_restored_one_is_encoded_whole() {
    List<ConversationEvent> call = RandomCalls.call(7, 120);
    Conversation middle = playbook.newConversation().advanceAll(call.subList(0, 60));
    EncodedConversation encoded = EncodedConversation.of(middle);
    Conversation end = middle.advanceAll(call.subList(60, 120));
    // Advancing the middle again branches off the line that now ends at `end`.
    Conversation branch = middle.advanceAll(call.subList(60, 90));
    Conversation earlier = playbook.newConversation().advanceAll(call.subList(0, 30));
    EncodedConversation restored = EncodedConversation.decode(playbook, Snapshot.encode(middle));

    for (Conversation later : List.of(end, branch, earlier, middle)) {
      assertThat(encoded.extendTo(later).snapshot()).isEqualTo(Snapshot.encode(later));
      assertThat(restored.extendTo(later).snapshot()).isEqualTo(Snapshot.encode(later));
    }
    assertThat(restored.conversation()).isEqualTo(middle);
  }

  @Test
  void the_bytes_are_copied_in_and_out() {
    Conversation call = playbook.newConversation().advanceAll(RandomCalls.call(3, 40));
    byte[] bytes = Snapshot.encode(call);
    EncodedConversation decoded = EncodedConversation.decode(playbook, bytes);

    int entry = bytes.length / 2; // among the event entries, which extending copies
    bytes[entry]++;
    decoded.snapshot()[entry]++;

    assertThat(decoded.hasSnapshot(bytes)).isFalse();
    assertThat(decoded.hasSnapshot(Snapshot.encode(call))).isTrue();
    // Extending the restored conversation copies its kept bytes: they must be the ones decoded,
    // untouched by what the caller did to its arrays.
    Conversation later = decoded.conversation().advanceAll(RandomCalls.call(4, 5));
    assertThat(decoded.extendTo(later).snapshot()).isEqualTo(Snapshot.encode(later));
  }

  @Test
  void rejects_null_arguments() {
    EncodedConversation empty = EncodedConversation.of(playbook.newConversation());
    assertThatNullPointerException().isThrownBy(() -> EncodedConversation.of(null));
    assertThatNullPointerException().isThrownBy(() -> EncodedConversation.decode(playbook, null));
    assertThatNullPointerException().isThrownBy(() -> empty.extendTo(null));
    assertThatNullPointerException().isThrownBy(() -> empty.hasSnapshot(null));
  }

  private static Conversation advanceOneByOne(Conversation from, List<ConversationEvent> events) {
    Conversation conversation = from;
    for (ConversationEvent event : events) {
      conversation = conversation.advance(event);
    }
    return conversation;
  }
}
