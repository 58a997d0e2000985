package org.stagecraft.testkit.compat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.stagecraft.Conversation;
import org.stagecraft.Criterion;
import org.stagecraft.Playbook;
import org.stagecraft.Shortfall;
import org.stagecraft.Signal;
import org.stagecraft.SpeakerRole;
import org.stagecraft.Stage;
import org.stagecraft.event.ConversationEvent;
import org.stagecraft.event.ObservedSignal;
import org.stagecraft.event.StageRequest;
import org.stagecraft.event.Touch;
import org.stagecraft.event.Utterance;

/**
 * Seeded random conversations of any playbook, for the compatibility tests. Half of the signals
 * are what the current stage still needs, so conversations move through the playbook instead of
 * being rejected at the start; the rest are any signal from anyone, stage requests to anywhere,
 * touches and utterances, timed or not. The same seed gives the same events.
 */
final class RandomConversations {
  private RandomConversations() {}

  /** The events of conversation {@code seed}: up to {@code maxLength} of them. */
  static List<ConversationEvent> events(Playbook playbook, long seed, int maxLength) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Signal> signals = playbook.signals();
    List<Stage> stages = playbook.stages();
    SpeakerRole[] roles = SpeakerRole.values();
    List<ConversationEvent> events = new ArrayList<>();
    Conversation conversation = playbook.newConversation();
    int clock = 0;
    for (int i = random.nextInt(maxLength + 1); i > 0; i--) {
      int dice = random.nextInt(100);
      ConversationEvent event;
      if (dice < 25) {
        SpeakerRole role = roles[random.nextInt(roles.length)];
        String text = "word ".repeat(random.nextInt(40)).strip();
        if (random.nextBoolean()) {
          int length = random.nextInt(30_000);
          event = new Utterance(role, text, Duration.ofMillis(clock),
              Duration.ofMillis(clock + length));
          clock += length + random.nextInt(2_000);
        } else {
          event = Utterance.of(role, text);
        }
      } else if (dice < 65) {
        event = needed(conversation, random);
      } else if (dice < 88) {
        event = ObservedSignal.of(signals.get(random.nextInt(signals.size())),
            roles[random.nextInt(roles.length)]);
      } else if (dice < 94) {
        event = StageRequest.to(stages.get(random.nextInt(stages.size())));
      } else {
        event = new Touch(Touch.Channel.values()[random.nextInt(Touch.Channel.values().length)],
            Touch.Direction.values()[random.nextInt(2)], random.nextBoolean());
      }
      events.add(event);
      conversation = conversation.advance(event);
    }
    return events;
  }

  /** A signal the current stage still needs, else a request to move on. */
  private static ConversationEvent needed(Conversation conversation, SplittableRandom random) {
    List<Shortfall> missing = conversation.missingToExit();
    if (!missing.isEmpty()) {
      Criterion criterion = missing.get(random.nextInt(missing.size())).criterion();
      while (criterion instanceof Criterion.AnyOf any) {
        criterion = any.any().get(random.nextInt(any.any().size()));
      }
      while (criterion instanceof Criterion.AllOf all && !all.all().isEmpty()) {
        criterion = all.all().get(random.nextInt(all.all().size()));
      }
      if (criterion instanceof Criterion.Count count) {
        SpeakerRole by = count.by() != null ? count.by()
            : random.nextBoolean() ? SpeakerRole.SELLER : SpeakerRole.PROSPECT;
        return ObservedSignal.of(count.signal(), by);
      }
    }
    List<Stage> next = conversation.playbook().transitions().stream()
        .filter(t -> t.from() == conversation.stage()).map(t -> t.to()).toList();
    Stage target = next.isEmpty() ? conversation.stage() : next.get(random.nextInt(next.size()));
    return StageRequest.to(target);
  }
}
