package org.stagecraft.examples;

import static org.stagecraft.SpeakerRole.PROSPECT;
import static org.stagecraft.SpeakerRole.SELLER;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.stagecraft.Conversation;
import org.stagecraft.Playbooks;
import org.stagecraft.Signal;
import org.stagecraft.SpeakerRole;
import org.stagecraft.event.ConversationEvent;
import org.stagecraft.event.ObservedSignal;
import org.stagecraft.event.Touch;
import org.stagecraft.event.Utterance;
import org.stagecraft.score.Scorecard;
import org.stagecraft.score.Scoring;

/**
 * Scores two contrasting calls side by side: a discovery-first call that closes assumptively, and
 * a pitch-first call that asks for the sale and throws in a discount. Prints both scorecards.
 *
 * <p>Run it with {@code ./mvnw -q -B -pl examples -am compile exec:java
 * -Dexec.mainClass=org.stagecraft.examples.ScoringExample}.
 */
public final class ScoringExample {
  private ScoringExample() {}

  /** Runs the example. */
  public static void main(String[] args) {
    Scorecard good = score(discoveryFirst());
    Scorecard bad = score(pitchFirst());
    System.out.println("=== Discovery first, assumptive close ===");
    System.out.println(good.toText());
    System.out.println("=== Pitch first, asks for the sale, discounts ===");
    System.out.println(bad.toText());
    System.out.println("Overall: " + good.overall() + " vs " + bad.overall());
  }

  static Scorecard score(List<ConversationEvent> events) {
    Conversation call = Playbooks.consultative().newConversation().advanceAll(events);
    return Scoring.defaults().score(call);
  }

  /** A call script with a running clock: each line takes {@code seconds}. */
  private static final class Script {
    private final List<ConversationEvent> events = new ArrayList<>();
    private long clock;

    Script say(SpeakerRole role, int seconds, String text, Signal... signals) {
      events.add(new Utterance(role, text, Duration.ofSeconds(clock),
          Duration.ofSeconds(clock + seconds)));
      clock += seconds;
      for (Signal signal : signals) {
        events.add(ObservedSignal.of(signal, role));
      }
      return this;
    }

    Script touch(Touch touch) {
      events.add(touch);
      return this;
    }
  }

  static List<ConversationEvent> discoveryFirst() {
    return new Script()
        .say(SELLER, 20, "Thanks for making the time. How did the launch go last week?",
            Signal.RAPPORT, Signal.OPEN_QUESTION)
        .say(PROSPECT, 40, "Busy, but it went out. That's partly why I called, actually.")
        .say(SELLER, 10, "What made you reach out now?", Signal.OPEN_QUESTION)
        .say(PROSPECT, 90, "Renewals slip because follow-ups are manual; we lost two accounts.",
            Signal.PAIN)
        .say(SELLER, 15, "That sounds painful. How does it show up for your team day to day?",
            Signal.EMPATHY, Signal.OPEN_QUESTION)
        .say(PROSPECT, 100, "Everyone keeps their own spreadsheet and things fall through.")
        .say(SELLER, 10, "What have you tried so far?", Signal.OPEN_QUESTION)
        .say(PROSPECT, 80, "A shared tracker, but nobody updates it.")
        .say(SELLER, 10, "Is that tracker still in use?", Signal.CLOSED_QUESTION)
        .say(PROSPECT, 15, "Barely.")
        .say(SELLER, 12, "Where would you like to be by the end of next quarter?",
            Signal.OPEN_QUESTION)
        .say(PROSPECT, 90, "No missed renewals, and a day a week back for customer work.",
            Signal.GOAL, Signal.URGENCY)
        .say(SELLER, 12, "What happens if nothing changes before the renewal season?",
            Signal.OPEN_QUESTION)
        .say(PROSPECT, 70, "We'd lose more accounts, and my team would burn out.")
        .say(SELLER, 12, "Who else feels this besides your team?", Signal.OPEN_QUESTION)
        .say(PROSPECT, 60, "Finance, since churn hits the forecast.")
        .say(SELLER, 12, "How would you know it's working?", Signal.OPEN_QUESTION)
        .say(PROSPECT, 60, "Renewal follow-ups out on time, every time.")
        .say(SELLER, 15, "Which accounts worry you most right now?", Signal.OPEN_QUESTION)
        .say(PROSPECT, 50, "The three biggest ones renewing in March.")
        .say(SELLER, 12, "What would make this a priority for finance as well?",
            Signal.OPEN_QUESTION)
        .say(PROSPECT, 50, "Showing the churn number come down.")
        .say(SELLER, 12, "Is the March date fixed?", Signal.CLOSED_QUESTION)
        .say(PROSPECT, 10, "Yes.")
        .say(SELLER, 20, "So: manual follow-ups cost you renewals, and you want them automatic "
            + "before March. Did I get that right?", Signal.TRIAL_CLOSE)
        .say(PROSPECT, 10, "Exactly right.", Signal.CONFIRMED)
        .say(SELLER, 25, "Based on everything you told me, the gap is the hand-off between "
            + "sales and success; teams like yours fix it in weeks.", Signal.DIAGNOSIS,
            Signal.HOPE, Signal.TRUST, Signal.FIT)
        .say(SELLER, 30, "Automated renewal playbooks would close it: reminders, owners and a "
            + "finance view.", Signal.PRESCRIPTION)
        .say(PROSPECT, 20, "That's what we need.")
        .say(SELLER, 20, "Here's what it looks like: next step is a two-week pilot with your "
            + "team, then a review with finance. Any questions before we set it up?",
            Signal.ASSUMPTIVE_CLOSE)
        .say(PROSPECT, 20, "No, let's book the pilot for Monday.", Signal.COMMITMENT,
            Signal.NEXT_STEP)
        .events;
  }

  static List<ConversationEvent> pitchFirst() {
    return new Script()
        .say(SELLER, 10, "Hi, thanks for taking the call.", Signal.RAPPORT)
        .say(SELLER, 150, "Let me tell you about our platform: we automate renewals, we have "
            + "dashboards, integrations, AI reminders, and a finance view that everyone loves.",
            Signal.PRESCRIPTION)
        .say(SELLER, 80, "We're rated top in our category and work with hundreds of teams.")
        .say(PROSPECT, 20, "Okay. We do have some trouble with renewals.", Signal.PAIN)
        .say(SELLER, 10, "Do you use spreadsheets?", Signal.CLOSED_QUESTION)
        .say(PROSPECT, 5, "Yes.")
        .say(SELLER, 60, "Then you need us. If you sign this week I can give you 20% off.",
            Signal.DISCOUNT, Signal.PRESSURE)
        .say(SELLER, 10, "So, what would you like to do?", Signal.ASKED_FOR_SALE)
        .say(PROSPECT, 10, "I'll have to think about it.")
        .touch(new Touch(Touch.Channel.EMAIL, Touch.Direction.SELLER_TO_PROSPECT, false))
        .touch(new Touch(Touch.Channel.CALL, Touch.Direction.SELLER_TO_PROSPECT, false))
        .events;
  }
}
