package org.stagecraft;

import org.stagecraft.event.ConversationEvent;
import org.stagecraft.event.ObservedSignal;
import org.stagecraft.event.StageRequest;
import org.stagecraft.event.Touch;
import org.stagecraft.event.Utterance;

/**
 * The one-int form of an event kept in a {@link Journal} and in snapshots: kind (2 bits), role (2),
 * rejected (1), timed (1), then a 26-bit payload: the signal id, the target stage id, the word
 * count, or the touch's channel, direction and reply. Holds no text.
 */
final class Entries {
  static final int UTTERANCE = 0;
  static final int SIGNAL = 1;
  static final int STAGE_REQUEST = 2;
  static final int TOUCH = 3;

  static final int REJECTED = 1 << 4;
  static final int TIMED = 1 << 5;
  static final int PAYLOAD_SHIFT = 6;
  static final int MAX_PAYLOAD = (1 << 26) - 1;

  private Entries() {}

  static int kind(int entry) {
    return entry & 3;
  }

  static int role(int entry) {
    return (entry >>> 2) & 3;
  }

  static int payload(int entry) {
    return entry >>> PAYLOAD_SHIFT;
  }

  static boolean rejected(int entry) {
    return (entry & REJECTED) != 0;
  }

  static boolean timed(int entry) {
    return (entry & TIMED) != 0;
  }

  static int of(int kind, int role, int payload) {
    return kind | role << 2 | payload << PAYLOAD_SHIFT;
  }

  /**
   * Encodes a host event against {@code playbook}.
   *
   * @throws IllegalArgumentException if the event names a signal or stage the playbook lacks
   */
  static int encode(ConversationEvent event, Playbook playbook) {
    if (event instanceof ObservedSignal s) {
      int id = playbook.signals.id(s.signal());
      if (id < 0) {
        throw new IllegalArgumentException("signal " + s.signal() + " is not known to playbook '"
            + playbook.name() + "'; declare it with signals(Signal.of(\"" + s.signal()
            + "\")) when building the playbook");
      }
      return of(SIGNAL, s.by().ordinal(), id);
    }
    if (event instanceof Utterance u) {
      return utterance(u, u.wordCount());
    }
    if (event instanceof StageRequest r) {
      return of(STAGE_REQUEST, 0, playbook.requireStage(r.target()));
    }
    Touch t = (Touch) event;
    int payload = t.channel().ordinal() | t.direction().ordinal() << 3 | (t.answered() ? 1 : 0) << 4;
    return of(TOUCH, touchRole(payload), payload);
  }

  /** Encodes {@code utterance}, whose {@link Utterance#wordCount()} is {@code words}. */
  static int utterance(Utterance utterance, int words) {
    return of(UTTERANCE, utterance.role().ordinal(), Math.min(words, MAX_PAYLOAD))
        | (utterance.isTimed() ? TIMED : 0);
  }

  /** Who acted in a touch: the side that reached out. */
  static int touchRole(int payload) {
    return (payload >>> 3 & 1) == Touch.Direction.SELLER_TO_PROSPECT.ordinal()
        ? SpeakerRole.SELLER.ordinal() : SpeakerRole.PROSPECT.ordinal();
  }

  static boolean validTouchPayload(int payload) {
    return payload < 32 && (payload & 7) < Touch.Channel.values().length;
  }
}
