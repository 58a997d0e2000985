package org.stagecraft.kafka;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.stagecraft.Conversation;
import org.stagecraft.Playbook;
import org.stagecraft.Signal;
import org.stagecraft.event.ObservedSignal;
import org.stagecraft.event.Utterance;
import org.stagecraft.spi.Detection;
import org.stagecraft.spi.SignalClassifier;
import org.stagecraft.text.EnglishSignalClassifier;

/**
 * The conversation core alone makes of event records: an utterance with its signals, or one
 * without, classified by the default classifier with the turn the processor would have kept as
 * context (the last unclassified utterance, forgotten when the host classifies a turn, the call
 * ends or reaches a terminal stage).
 */
final class Fold {
  private static final SignalClassifier CLASSIFIER = EnglishSignalClassifier.create();

  private Fold() {}

  static Conversation of(Playbook playbook, List<EventRecord> records) {
    Conversation c = playbook.newConversation();
    @Nullable Utterance previous = null;
    for (EventRecord record : records) {
      if (record.isCallEnded()) {
        previous = null;
        continue;
      }
      c = c.advance(record.event());
      if (record.event() instanceof Utterance utterance) {
        if (record.signals() != null) {
          for (Signal signal : record.signals()) {
            c = c.advance(ObservedSignal.of(signal, utterance.role()));
          }
          previous = null;
        } else {
          for (Detection detection : CLASSIFIER.classify(utterance, previous)) {
            c = c.advance(detection.toEvent());
          }
          previous = utterance;
        }
      }
      if (c.isEnded()) {
        previous = null;
      }
    }
    return c;
  }
}
