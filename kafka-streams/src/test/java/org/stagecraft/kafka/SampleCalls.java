package org.stagecraft.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.stagecraft.Signal;
import org.stagecraft.SpeakerRole;
import org.stagecraft.Stage;
import org.stagecraft.event.ObservedSignal;
import org.stagecraft.event.StageRequest;
import org.stagecraft.event.Touch;
import org.stagecraft.event.Utterance;

/**
 * Seeded sales calls as event records, with the signals given (so the classifier plays no part):
 * a discovery-first call, or one that closes early, with times, touches and stage requests mixed
 * in; and many such calls, interleaved as live calls arrive.
 */
final class SampleCalls {
  private static final Signal[] SELLER_DISCOVERY = {
    Signal.OPEN_QUESTION, Signal.CLOSED_QUESTION, Signal.EMPATHY, Signal.RAPPORT
  };
  private static final Signal[] PROSPECT_DISCOVERY = {Signal.PAIN, Signal.GOAL, Signal.TRUST};

  private SampleCalls() {}

  /** One call of about {@code length} records. */
  static List<EventRecord> call(SplittableRandom random, int length) {
    List<EventRecord> records = new ArrayList<>();
    boolean rushed = random.nextInt(3) == 0;
    int clock = 0;
    for (int i = 0; i < length; i++) {
      boolean seller = i % 2 == 0;
      SpeakerRole role = seller ? SpeakerRole.SELLER : SpeakerRole.PROSPECT;
      int words = 3 + random.nextInt(30);
      Utterance utterance = new Utterance(role, "word ".repeat(words).trim(),
          Duration.ofMillis(clock), Duration.ofMillis(clock + words * 400L));
      clock += words * 400 + random.nextInt(900);
      List<Signal> signals = new ArrayList<>();
      if (rushed && i == length / 3) {
        signals.add(Signal.ASKED_FOR_SALE);
      } else if (i == length - 4 && seller) {
        signals.add(Signal.DIAGNOSIS);
      } else if (i == length - 2 && seller) {
        signals.add(Signal.ASSUMPTIVE_CLOSE);
      } else if (i == length - 1 && !seller) {
        signals.add(Signal.COMMITMENT);
      } else if (seller) {
        signals.add(SELLER_DISCOVERY[random.nextInt(SELLER_DISCOVERY.length)]);
        if (random.nextInt(3) > 0) {
          signals.add(Signal.OPEN_QUESTION);
        }
      } else {
        signals.add(PROSPECT_DISCOVERY[random.nextInt(PROSPECT_DISCOVERY.length)]);
        if (i > length / 2) {
          signals.add(Signal.CONFIRMED);
        }
      }
      records.add(EventRecord.classified(utterance, signals));
      if (random.nextInt(10) == 0) {
        records.add(EventRecord.of(new Touch(Touch.Channel.EMAIL,
            Touch.Direction.SELLER_TO_PROSPECT, random.nextBoolean())));
      }
      if (random.nextInt(15) == 0) {
        records.add(EventRecord.of(StageRequest.to(Stage.DIAGNOSIS)));
      }
      if (random.nextInt(12) == 0) {
        records.add(EventRecord.of(ObservedSignal.prospect(Signal.URGENCY)));
      }
    }
    return records;
  }

  /** {@code count} calls of {@code length} to {@code 2 * length} utterances, keyed call-0... */
  static Map<String, List<EventRecord>> calls(long seed, int count, int length) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, List<EventRecord>> calls = new LinkedHashMap<>();
    for (int c = 0; c < count; c++) {
      calls.put("call-" + c, call(random, length + random.nextInt(length)));
    }
    return calls;
  }

  /** The records of all calls interleaved at random, each call's own order kept. */
  static List<Map.Entry<String, EventRecord>> interleave(
      Map<String, List<EventRecord>> calls, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, Integer> next = new LinkedHashMap<>();
    calls.keySet().forEach(id -> next.put(id, 0));
    List<Map.Entry<String, EventRecord>> out = new ArrayList<>();
    List<String> open = new ArrayList<>(calls.keySet());
    while (!open.isEmpty()) {
      String id = open.get(random.nextInt(open.size()));
      int i = next.get(id);
      out.add(Map.entry(id, calls.get(id).get(i)));
      next.put(id, i + 1);
      if (i + 1 == calls.get(id).size()) {
        open.remove(id);
      }
    }
    return out;
  }
}
