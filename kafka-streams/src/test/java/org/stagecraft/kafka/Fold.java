package org.stagecraft.kafka;

import java.util.List;
import org.stagecraft.Conversation;
import org.stagecraft.Playbook;
import org.stagecraft.Signal;
import org.stagecraft.event.ObservedSignal;

/** The conversation core alone makes of event records whose utterances carry their signals. */
final class Fold {
  private Fold() {}

  static Conversation of(Playbook playbook, List<EventRecord> records) {
    Conversation c = playbook.newConversation();
    for (EventRecord record : records) {
      c = c.advance(record.event());
      if (record.signals() != null) {
        for (Signal signal : record.signals()) {
          c = c.advance(ObservedSignal.of(signal,
              ((org.stagecraft.event.Utterance) record.event()).role()));
        }
      }
    }
    return c;
  }
}
