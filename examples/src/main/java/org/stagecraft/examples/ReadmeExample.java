package org.stagecraft.examples;

import static org.stagecraft.event.ObservedSignal.prospect;
import static org.stagecraft.event.ObservedSignal.seller;

import org.stagecraft.Conversation;
import org.stagecraft.Outcome;
import org.stagecraft.Playbooks;
import org.stagecraft.Signal;

/** The code example of the README, compiled so it cannot drift; a test keeps the two in step. */
public final class ReadmeExample {
  private ReadmeExample() {}

  /** Runs the README example. */
  public static void main(String[] args) {
    // readme:start
    Conversation call = Playbooks.consultative().newConversation()
        .advance(seller(Signal.OPEN_QUESTION))   // "What made you look at this now?"
        .advance(prospect(Signal.PAIN));         // "Renewals keep slipping."

    Outcome outcome = call.apply(seller(Signal.ASKED_FOR_SALE)); // "Want to move forward?"

    if (outcome instanceof Outcome.Rejected rejected) {
      System.out.println(rejected.violation().message());
      // close attempted (asked for sale by the seller) before discovery was complete: missing
      // goal (prospect), open question (seller): 1 of 3, confirmed (prospect)
    }
    System.out.println(outcome.conversation().stage()); // DISCOVERY: the stage held
    // readme:end
  }
}
