package org.stagecraft;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;
import org.stagecraft.event.ConversationEvent;
import org.stagecraft.event.ObservedSignal;
import org.stagecraft.event.StageRequest;
import org.stagecraft.event.Touch;
import org.stagecraft.event.Utterance;

/**
 * Seeded generator of random calls for property tests: mostly discovery talk, with premature
 * closes, stage requests to anywhere, touches and timed utterances mixed in. Every failure names
 * its seed; rerun one with {@code -Dstagecraft.seed=N}.
 */
public final class RandomCalls {
  private static final Signal[] DISCOVERY = {
    Signal.OPEN_QUESTION, Signal.OPEN_QUESTION, Signal.PAIN, Signal.GOAL, Signal.CONFIRMED,
    Signal.EMPATHY, Signal.CLOSED_QUESTION
  };

  private RandomCalls() {}

  /** Runs {@code property} for {@code count} seeds from {@code base}, or the one given. */
  public static void forSeeds(int count, long base, LongConsumer property) {
    String fixed = System.getProperty("stagecraft.seed");
    if (fixed != null) {
      run(Long.parseLong(fixed), property);
      return;
    }
    for (long seed = base; seed < base + count; seed++) {
      run(seed, property);
    }
  }

  private static void run(long seed, LongConsumer property) {
    try {
      property.accept(seed);
    } catch (AssertionError | RuntimeException e) {
      throw new AssertionError("property failed for seed " + seed
          + " (rerun with -Dstagecraft.seed=" + seed + "): " + e.getMessage(), e);
    }
  }

  public static List<ConversationEvent> call(long seed, int length) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Signal> all = Signal.wellKnown();
    List<Stage> stages = Playbooks.consultative().stages();
    List<ConversationEvent> events = new ArrayList<>(length);
    int clock = 0;
    for (int i = 0; i < length; i++) {
      int dice = random.nextInt(100);
      SpeakerRole role = random.nextInt(3) == 0 ? SpeakerRole.PROSPECT
          : random.nextInt(10) == 0 ? SpeakerRole.OTHER : SpeakerRole.SELLER;
      if (dice < 25) {
        String text = "word ".repeat(random.nextInt(30));
        if (random.nextBoolean()) {
          int length2 = random.nextInt(20_000);
          events.add(new Utterance(role, text, Duration.ofMillis(clock),
              Duration.ofMillis(clock + length2)));
          clock += length2;
        } else {
          events.add(Utterance.of(role, text));
        }
      } else if (dice < 70) {
        Signal signal = DISCOVERY[random.nextInt(DISCOVERY.length)];
        SpeakerRole who = signal == Signal.OPEN_QUESTION || signal == Signal.EMPATHY
            ? SpeakerRole.SELLER : SpeakerRole.PROSPECT;
        events.add(ObservedSignal.of(signal, random.nextInt(5) == 0 ? role : who));
      } else if (dice < 92) {
        events.add(ObservedSignal.of(all.get(random.nextInt(all.size())), role));
      } else if (dice < 96) {
        events.add(StageRequest.to(stages.get(random.nextInt(stages.size()))));
      } else {
        events.add(new Touch(Touch.Channel.values()[random.nextInt(5)],
            Touch.Direction.values()[random.nextInt(2)], random.nextBoolean()));
      }
    }
    return events;
  }
}
