package org.stagecraft.benchmarks.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.stagecraft.Signal;
import org.stagecraft.SpeakerRole;
import org.stagecraft.event.Touch;
import org.stagecraft.event.Utterance;
import org.stagecraft.kafka.EventJson;
import org.stagecraft.kafka.EventRecord;

/**
 * Event records of sales calls in their JSON form, as a host that classifies upstream sends them:
 * timed utterances with their signals, and now and then a touch. Most calls follow the playbook
 * (rapport, discovery, diagnosis, an assumptive close, a commitment); one in four asks for the
 * sale during discovery, which the engine rejects. Each call closes with a call-ended record, as
 * a host sends when the line hangs up. Seeded: the same calls every run.
 */
final class ScriptedCalls {
  private static final long SEED = 8_2026L;
  private static final Signal[] QUESTIONS = {
    Signal.OPEN_QUESTION, Signal.OPEN_QUESTION, Signal.CLOSED_QUESTION, Signal.EMPATHY
  };
  private static final Signal[] ANSWERS = {Signal.PAIN, Signal.GOAL, Signal.TRUST, Signal.URGENCY};

  private ScriptedCalls() {}

  /** {@code calls} calls of {@code turns} turns each, every record as JSON bytes. */
  static List<List<byte[]>> generate(int calls, int turns) {
    SplittableRandom random = new SplittableRandom(SEED);
    List<List<byte[]>> out = new ArrayList<>(calls);
    for (int c = 0; c < calls; c++) {
      out.add(call(random, turns));
    }
    return out;
  }

  private static List<byte[]> call(SplittableRandom random, int turns) {
    List<byte[]> records = new ArrayList<>();
    boolean asksEarly = random.nextInt(4) == 0;
    long at = 0;
    for (int t = 0; t < turns; t++) {
      boolean seller = t % 2 == 0;
      Signal signal;
      if (t == turns - 4) {
        signal = Signal.DIAGNOSIS;
      } else if (t == turns - 2) {
        signal = Signal.ASSUMPTIVE_CLOSE;
      } else if (t == turns - 1) {
        signal = Signal.COMMITMENT;
      } else if (asksEarly && t == turns / 3) {
        signal = Signal.ASKED_FOR_SALE;
      } else if (seller) {
        signal = QUESTIONS[random.nextInt(QUESTIONS.length)];
      } else {
        signal = t > turns / 2 ? Signal.CONFIRMED : ANSWERS[random.nextInt(ANSWERS.length)];
      }
      int words = 4 + random.nextInt(40);
      long end = at + words * 350L;
      Utterance utterance = new Utterance(seller ? SpeakerRole.SELLER : SpeakerRole.PROSPECT,
          "lorem ".repeat(words).trim(), Duration.ofMillis(at), Duration.ofMillis(end));
      records.add(EventJson.write(EventRecord.classified(utterance, List.of(signal))));
      at = end + random.nextInt(1500);
      if (random.nextInt(12) == 0) {
        records.add(EventJson.write(EventRecord.of(new Touch(Touch.Channel.EMAIL,
            Touch.Direction.SELLER_TO_PROSPECT, random.nextBoolean()))));
      }
    }
    records.add(EventJson.write(EventRecord.callEnded()));
    return records;
  }
}
