package org.stagecraft.testkit;

import static org.stagecraft.event.ObservedSignal.prospect;
import static org.stagecraft.event.ObservedSignal.seller;

import org.stagecraft.Conversation;
import org.stagecraft.Playbooks;
import org.stagecraft.Signal;

/** Conversations of the consultative playbook that the tests share. */
final class Calls {
  private Calls() {}

  /** Discovery done, then diagnosis, prescription, assumptive close and commitment: 10 events. */
  static Conversation discoveryFirst() {
    return Playbooks.consultative().newConversation()
        .advance(seller(Signal.OPEN_QUESTION))     // 0: RAPPORT -> DISCOVERY
        .advance(prospect(Signal.PAIN))            // 1
        .advance(prospect(Signal.GOAL))            // 2
        .advance(seller(Signal.OPEN_QUESTION))     // 3
        .advance(seller(Signal.OPEN_QUESTION))     // 4
        .advance(prospect(Signal.CONFIRMED))       // 5
        .advance(seller(Signal.DIAGNOSIS))         // 6: -> DIAGNOSIS
        .advance(seller(Signal.PRESCRIPTION))      // 7: -> PRESCRIPTION
        .advance(seller(Signal.ASSUMPTIVE_CLOSE))  // 8: -> CLOSE
        .advance(prospect(Signal.COMMITMENT));     // 9: -> NEXT_STEPS
  }

  /** One question and a pain, then an ask for the sale (event 2, rejected): held in DISCOVERY. */
  static Conversation prematureClose() {
    return Playbooks.consultative().newConversation()
        .advance(seller(Signal.OPEN_QUESTION))     // 0: RAPPORT -> DISCOVERY
        .advance(prospect(Signal.PAIN))            // 1
        .advance(seller(Signal.ASKED_FOR_SALE));   // 2: rejected
  }
}
