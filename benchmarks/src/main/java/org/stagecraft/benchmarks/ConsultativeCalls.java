package org.stagecraft.benchmarks;

import java.util.SplittableRandom;
import org.stagecraft.Signal;
import org.stagecraft.SpeakerRole;
import org.stagecraft.event.ObservedSignal;

/**
 * The shared workload: calls of observed signals for the consultative playbook, made from a fixed
 * seed so every run and every implementation sees the same events. Mostly discovery; one call in
 * five has a rushed seller who tries to diagnose, pitch or close early; one in ten ends in no fit;
 * the rest close once discovery is done.
 */
final class ConsultativeCalls {
  static final long SEED = 20_261_127L;

  private static final Signal[] DISCOVERY = {
    Signal.OPEN_QUESTION, Signal.OPEN_QUESTION, Signal.CLOSED_QUESTION, Signal.PAIN, Signal.GOAL,
    Signal.CONFIRMED, Signal.EMPATHY, Signal.RAPPORT
  };
  private static final Signal[] EARLY = {
    Signal.DIAGNOSIS, Signal.PRESCRIPTION, Signal.ASKED_FOR_SALE, Signal.ASSUMPTIVE_CLOSE
  };

  private ConsultativeCalls() {}

  /** {@code calls} calls of {@code length} events each. */
  static ObservedSignal[][] generate(int calls, int length) {
    SplittableRandom random = new SplittableRandom(SEED);
    ObservedSignal[][] out = new ObservedSignal[calls][];
    for (int c = 0; c < calls; c++) {
      out[c] = call(random, length);
    }
    return out;
  }

  private static ObservedSignal[] call(SplittableRandom random, int length) {
    ObservedSignal[] events = new ObservedSignal[length];
    boolean rushed = random.nextInt(5) == 0;
    boolean noFit = random.nextInt(10) == 0;
    int closeAt = length * 3 / 4 + random.nextInt(length / 8);
    for (int i = 0; i < length; i++) {
      Signal signal;
      if (i == closeAt) {
        signal = noFit ? Signal.NO_FIT : Signal.DIAGNOSIS;
      } else if (i == closeAt + 1) {
        signal = Signal.PRESCRIPTION;
      } else if (i == closeAt + 2) {
        signal = Signal.ASSUMPTIVE_CLOSE;
      } else if (i == closeAt + 3) {
        signal = Signal.COMMITMENT;
      } else if (rushed && random.nextInt(10) == 0) {
        signal = EARLY[random.nextInt(EARLY.length)];
      } else {
        signal = DISCOVERY[random.nextInt(DISCOVERY.length)];
      }
      events[i] = ObservedSignal.of(signal, roleOf(signal));
    }
    return events;
  }

  private static SpeakerRole roleOf(Signal signal) {
    return signal == Signal.PAIN || signal == Signal.GOAL || signal == Signal.CONFIRMED
        || signal == Signal.COMMITMENT ? SpeakerRole.PROSPECT : SpeakerRole.SELLER;
  }
}
