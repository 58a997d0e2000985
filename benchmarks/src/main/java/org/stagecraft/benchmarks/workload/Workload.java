package org.stagecraft.benchmarks.workload;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.SplittableRandom;
import org.stagecraft.event.ObservedSignal;

/**
 * Pre-generated calls of {@link Cue}s from a fixed seed, shared by every implementation so each
 * folds exactly the same events. Mostly discovery; one call in five has a rushed seller who tries
 * to diagnose, pitch or close early (one event in ten); every seller makes a premature close
 * attempt now and then (one event in a hundred); one call in ten ends in no fit. From about three
 * quarters of the way the seller diagnoses (or finds no fit), pitches, closes and the prospect
 * commits; the call then goes on with questions and small talk that no longer move it.
 *
 * <p>Immutable after construction (the arrays are not copied: read them, do not write them).
 */
public final class Workload {
  /** The seed of every run. */
  public static final long SEED = 20_261_127L;
  /** Calls in the standard workload. */
  public static final int CALLS = 1_000;
  /** Events per call in the standard workload. */
  public static final int EVENTS = 200;

  private static final Cue[] DISCOVERY = {
    Cue.OPEN_QUESTION, Cue.OPEN_QUESTION, Cue.CLOSED_QUESTION, Cue.PAIN, Cue.GOAL, Cue.CONFIRMED,
    Cue.EMPATHY
  };
  private static final Cue[] EARLY = {Cue.DIAGNOSIS, Cue.PITCH, Cue.ASK_FOR_SALE,
    Cue.ASSUMPTIVE_CLOSE};
  private static final Cue[] CLOSES = {Cue.ASK_FOR_SALE, Cue.ASSUMPTIVE_CLOSE};

  private final Cue[][] calls;

  private Workload(Cue[][] calls) {
    this.calls = calls;
  }

  /** The standard workload: {@value #CALLS} calls of {@value #EVENTS} events. */
  public static Workload standard() {
    return generate(CALLS, EVENTS);
  }

  /**
   * {@code calls} calls of {@code length} events from {@link #SEED}.
   *
   * @throws IllegalArgumentException if {@code calls} is not positive or {@code length} is below 8
   */
  public static Workload generate(int calls, int length) {
    checkArgument(calls > 0, "calls must be positive: %s", calls);
    checkArgument(length >= 8, "a call needs at least 8 events to reach its end: %s", length);
    SplittableRandom random = new SplittableRandom(SEED);
    Cue[][] out = new Cue[calls][];
    for (int c = 0; c < calls; c++) {
      out[c] = call(random, length);
    }
    return new Workload(out);
  }

  private static Cue[] call(SplittableRandom random, int length) {
    Cue[] cues = new Cue[length];
    boolean rushed = random.nextInt(5) == 0;
    boolean noFit = random.nextInt(10) == 0;
    int closeAt = length * 3 / 4 + random.nextInt(length / 8);
    for (int i = 0; i < length; i++) {
      Cue cue;
      if (i == closeAt) {
        cue = noFit ? Cue.NO_FIT : Cue.DIAGNOSIS;
      } else if (i == closeAt + 1) {
        cue = Cue.PITCH;
      } else if (i == closeAt + 2) {
        cue = Cue.ASSUMPTIVE_CLOSE;
      } else if (i == closeAt + 3) {
        cue = Cue.COMMITMENT;
      } else if (rushed && random.nextInt(10) == 0) {
        cue = EARLY[random.nextInt(EARLY.length)];
      } else if (random.nextInt(100) == 0) {
        cue = CLOSES[random.nextInt(CLOSES.length)];
      } else {
        cue = DISCOVERY[random.nextInt(DISCOVERY.length)];
      }
      cues[i] = cue;
    }
    return cues;
  }

  /** How many calls. */
  public int callCount() {
    return calls.length;
  }

  /** Events per call. */
  public int length() {
    return calls[0].length;
  }

  /** The cues of call {@code index}; shared, do not modify. */
  public Cue[] call(int index) {
    return calls[index];
  }

  /** Every call as Stagecraft events (one shared event per cue). */
  public ObservedSignal[][] events() {
    ObservedSignal[][] out = new ObservedSignal[calls.length][];
    for (int c = 0; c < calls.length; c++) {
      out[c] = new ObservedSignal[calls[c].length];
      for (int i = 0; i < calls[c].length; i++) {
        out[c][i] = calls[c][i].event();
      }
    }
    return out;
  }
}
