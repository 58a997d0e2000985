package org.stagecraft.text;

import static org.stagecraft.SpeakerRole.PROSPECT;
import static org.stagecraft.SpeakerRole.SELLER;
import static org.stagecraft.text.PhraseRule.rule;

import com.google.common.collect.ImmutableList;
import org.stagecraft.Signal;

/**
 * The phrase rules of the default English classifier, one block per signal. Written by us from
 * the method's descriptions of each signal; tuned on the development part of the labelled corpus
 * only (see docs/classifier.md).
 */
final class EnglishRules {
  /** The id of the trial-close rule that checks the seller's understanding after a recap. */
  static final String UNDERSTANDING_CHECK = "trialclose.check";

  private EnglishRules() {}

  private static ImmutableList<PhraseRule> built(PhraseRule.Builder... rules) {
    return java.util.Arrays.stream(rules).map(PhraseRule.Builder::build)
        .collect(ImmutableList.toImmutableList());
  }

  /** What says the product fits; negated, it says it does not. */
  private static final String[] FIT = {"where we shine", "bread and butter", "designed with", "covers exactly", "checks every box", "checks pretty much every box", "every box", "slots right into", "slots into", "natural match", "closes that", "exactly what our", "exactly what the", "what we've been looking for", "been looking for", "word for word", "lines up with", "exactly the piece", "what our kitchen needs", "right up our alley", "right in our wheelhouse", "our wheelhouse", "this is our specialty",
            "fits really well", "fits how", "it fits", "this fits", "covers everything", "covers pretty much everything", "great candidate", "good candidate", "ideal candidate", "core use case", "gives you exactly", "exactly the kind of",
            "exactly what we built", "right fit", "good fit", "great fit", "perfect fit",
            "strong fit", "built for", "designed for", "exactly the kind", "this is what we do",
            "we do that", "we handle that", "sweet spot", "exactly what we do",
            "exactly what you need", "fits perfectly", "fits your", "fits what you",
            "right tool for", "a fit for", "made for teams", "made for", "we solve exactly", "tailor made", "tailor-made",
            // the need met, said by either side; negated, each says no fit
            "that's what we need", "exactly what we need", "exactly what i need",
            "pretty much what we need", "just what we need", "closer to what we need",
            "exactly what i wanted", "exactly what we wanted", "strong candidate", "great match",
            "good match", "typical customer", "who we built this for", "who we serve",
            "core of what we do", "perfect for us"};

  /**
   * What says the product meets the need, but negated is only a complaint about what the
   * prospect has now ("nothing we've tried works out of the box"), so no fit.
   */
  private static final String[] NEED_MET = {"would take care of", "that solves", "would solve",
      "would fix", "that fixes", "covers all", "covers both", "covers you", "could work for us",
      "would work for us", "actually work for us", "out of the box", "plugs straight",
      "plug straight", "plugs into", "compatible with"};

  static ImmutableList<PhraseRule> all() {
    return built(
        rule("pain.problem", Signal.PAIN, PROSPECT).negatable().on(
            // the plain words, in the present: the corpora avoid them, users do not
            "we have a problem with", "we've got a problem with", "it's a real problem",
            "is a real problem", "is a big problem", "a mess",
            "held together", "duct tape", "ring off the hook", "nobody picks up", "still miss", "eaten", "eating into", "never match", "don't match", "brutal", "short-staffed", "short staffed", "still counting", "clipboards", "drafty", "sits on", "stall", "stalls", "black hole", "turn away", "turning away", "couldn't keep up", "on hold for", "death by", "sit idle", "idle", "where it hurts", "keeps me up at night", "sting", "fights every", "bleed", "bleeding money", "we keep losing", "keeps happening", "every single time",
            "can't seem", "went up", "nobody could", "where it breaks", "falls apart", "fall apart", "getting worse", "can't even", "didn't work", "did not work", "isn't working", "not working",
            "struggl*", "frustrat*", "painful", "headache", "waste",
            "wasting", "wasted", "manually", "falls through", "fall through", "falling through",
            "slipping", "slips", "behind on", "can't keep up", "too much time", "too slow",
            "costing us", "costs us", "keeps breaking", "complain*", "chaotic", "overwhelm*", "burn out", "burning out", "burnt out",
            "churn", "errors", "mistakes", "killing us", "eating up",
            "drowning", "annoying", "tired of", "sick of", "takes forever",
            "taking forever", "bottleneck", "leaking", "leak", "outdated", "clunky", "crash*",
            "down again", "no visibility", "can't see", "hard to track", "hard to find",
            "nobody knows", "fell through", "dropping", "delays", "delayed",
            "expensive to", "bleeding", "spreadsheet hell", "drives me crazy", "driving us crazy",
            "pulling my hair", "worst part", "the problem is", "our biggest", "biggest challenge",
            "challenge", "challenges", "difficult", "painful", "spend hours",
            "spending hours", "hours every", "piling up", "backlog", "complaints", "angry",
            "upset", "unhappy"),
        rule("goal.want", Signal.GOAL, PROSPECT).negatable().on(
            "planning to", "what we're after", "we're after", "the vision", "trying to double", "success for me", "the plan is", "need the business", "we need to be able", "i need to be able",
            "what i really want", "really want", "we'd really like", "i'd really like", "we really want",
            "would like to", "we'd like", "i'd like", "our goal",
            "goal is", "aim to", "aiming", "hoping to",
            "hope to", "looking to", "trying to get", "ideally", "in a perfect world", "dream",
            "would love", "we'd love", "i'd love", "want our", "want my",
            "plan to", "objective", "target is", "targeting", "get to a point", "get to where",
            "where we want", "where i want", "want everyone", "want the team", "want us",
            "need to get to", "wish we", "wish i", "looking for a way",
            "so that we can", "so we can", "end state", "what success looks like",
            "success would be", "success looks like", "by the end of the year we"),
        rule("confirmed", Signal.CONFIRMED, PROSPECT).leading().on(
            "yep yep", "that is right", "that's a fair summary", "that is a fair summary", "fair summary", "you nailed it", "that is exactly", "that is it",
            "exactly", "yes exactly", "that's right", "that's it", "spot on", "you got it", "nailed it", "correct", "precisely", "bingo",
            "yep that's", "yeah that's it", "yeah that's right", "yes that's right",
            "yes that's it", "that's correct", "you've got it", "you nailed it",
            "that sums it up", "that's a fair summary", "that's accurate", "100%", "absolutely right",
            "right on", "on the nose", "that's the gist", "pretty much", "yup", "yep exactly",
            "you hit the nail", "that's what i'm saying", "that's what i said", "dead on",
            "that's spot on", "yes that's the problem", "that's the problem"),
        rule("rapport.greeting", Signal.RAPPORT, null).leading()
            .unless("deciding", "about", "handling", "managing", "tracking", "planning", "going to")
            .on("how are things", "how have you been", "how's it going",
                "how is it going", "how you doing"),
        rule("rapport.smalltalk", Signal.RAPPORT, null).on(
            "fan too", "dog barking", "grew up", "gorgeous view", "behind you", "behind me", "won the", "award", "thanks for being flexible", "it's been a zoo", "i was just there", "hobby", "survivors of", "nice bike", "my cat", "haha",
            "put a face", "coming along", "thanks for coming", "all the way out", "in town",
            "what got you into", "grab a water", "grab a coffee", "how was your", "how's your",
            "good to see", "great to see", "nice to see", "nice to meet", "good to meet",
            "great to meet", "pleasure to meet", "thanks for making the time",
            "thanks for taking the time", "thank you for taking the time",
            "thanks for making time", "congrat*", "vacation", "weather", "hope you're well", "hope you are well", "how's the family",
            "love your", "great to finally", "thanks for having me", "good morning", "good afternoon", "happy friday",
            "happy monday", "long time no", "beautiful day", "nice office", "how was the", "enjoy the", "saw your post", "the game", "your dog", "coffee",
            "hope your", "big week", "busy week", "go well", "glad you could"),
        rule("empathy", Signal.EMPATHY, SELLER).on(
            // the seller's own feeling in the prospect's place, and the worry called reasonable
            "me nervous too", "frustrate me too", "me up at night too", "me up the wall",
            "i'd be stressed", "i'd be nervous", "nobody wants to", "most people feel",
            "reasonable worry", "reasonable concern", "reasonable thing to worry", "fair concern",
            "that's a scary", "sounds brutal", "sounds genuinely", "that stings",
            "feel the stress", "running on fumes", "don't envy you", "i can hear how",
            "i can hear that", "nerve-wracking", "intimidating", "unsettling",
            "that's a hard thing", "the worst way to",
            "makes sense you'd", "has to sting", "no fun", "you've clearly been", "that's a big season", "it's fair to be", "fair to be cautious", "fair to be skeptical", "genuinely stressful", "that's awful", "no judgment", "in the same boat", "sounds like you've been", "that's a tough call", "it must be", "must be maddening", "maddening", "that's never easy", "never easy", "sounds super stressful", "super stressful", "gosh", "that's a lot to", "a lot on your plate", "i don't blame you", "can't blame you",
            "sounds really frustrating", "sounds super frustrating", "sounds really hard", "sounds really tough", "sounds so frustrating", "ouch", "i can totally see why", "can see why", "that's a rough", "rough quarter", "oh man", "that would worry", "would worry me",
            "that sounds frustrating", "that sounds stressful", "that sounds tough",
            "that sounds hard", "that sounds painful", "that sounds exhausting",
            "that sounds difficult", "that sounds rough", "that sounds like a lot",
            "sounds frustrating", "sounds stressful", "sounds tough", "sounds exhausting",
            "sounds painful", "sounds difficult", "sounds rough", "sounds like a lot",
            "sounds like a nightmare", "sounds overwhelming", "i can imagine", "can only imagine",
            "i can see why", "i hear you", "that must be", "must be frustrating",
            "must be hard", "must be tough", "must be stressful", "that's tough", "that's hard",
            "that's rough", "that's frustrating", "that's a lot", "i'm sorry to hear",
            "sorry to hear", "so sorry", "no wonder", "i get it", "totally understand",
            "completely understand", "totally get", "completely get", "makes total sense that",
            "that's understandable", "understandable", "i'd feel the same", "i'd be frustrated",
            "i'd be worried", "that's really tough", "that can't be easy", "can't be easy",
            "that's not easy", "i appreciate you sharing", "thanks for sharing that",
            "i feel for", "that's stressful", "what a headache", "oh no"),
        rule("trust.candour", Signal.TRUST, SELLER).on(
            "to be honest", "to be transparent", "candidly", "full disclosure",
            "i'd rather lose the deal", "not here to pressure", "i don't want to waste your time",
            "can't do that", "we can't do that", "most salespeople", "cut their", "went from",
            "a clinic like yours", "a company like yours", "a team like yours",
            "about your size"),
        rule("trust", Signal.TRUST, null).statement().on(
            "i trust you",
            "i can put you in touch", "put you in touch", "hundreds of", "didn't just tell me what i wanted to hear", "what i wanted to hear", "i'll tell you", "came recommended", "recommended by", "first vendor who", "you've got credit", "been straight with us", "straight with us", "full honesty", "here's exactly what we changed", "what we changed", "i'd hate for you to find", "we'd disappoint you",
            "refreshing", "full transparency",
            "in full transparency", "i won't pretend", "i'll be straight", "straight with you",
            "be upfront", "upfront with you", "case study", "=references", "reference call",
            "customers like you", "a client of ours", "one of our customers",
            "one of our clients", "we helped", "certified", "guarantee", "guaranteed",
            "i promise", "appreciate you being", "appreciate the honesty", "appreciate your honesty",
            "not the cheapest", "track record", "proven", "truthfully", "let me be clear", "i'm not going to oversell",
            "won't oversell", "i don't know but", "i'll find out", "you can call",
            "talk to one of our", "money back", "years in business",
            "i respect", "i believe you",
            "you've been straight", "you've been honest"),
        rule("hope", Signal.HOPE, null).on(
            "gives me some hope", "real path", "a path to", "responds well", "i can picture", "can picture", "the upside", "can come back", "tighten up", "that's a win", "optimistic", "build on what you have", "we can build on", "drop within", "there might actually be a way", "a way out", "might actually", "not starting from zero", "the good thing", "i really think we can", "think we can get", "missing piece", "there's hope", "bounce back",
            "see real changes", "real results", "within the first", "would be mine again", "good chance", "the good news", "good news is", "could actually get better", "could get better", "it'd be huge", "would be huge", "change everything", "would honestly change", "absolutely fixable", "this is fixable", "could actually work",
            "fix this in", "solve this", "solvable", "fixable", "teams like yours",
            "companies like yours", "people in your", "clients like you", "it's possible",
            "is possible", "possible to", "would change everything",
            "that would be amazing", "game changer", "light at the end", "you'll be able to",
            "you could get back", "get that time back", "gives me hope", "that would be huge",
            "turn it around", "turn this around", "we can fix", "we can solve", "can be fixed",
            "can be solved", "it doesn't have to be", "doesn't have to stay", "there's a way",
            "there is a way", "light at the", "be a relief", "what a relief", "that'd be great",
            "that would be great", "that would be a dream", "sounds promising", "would make such a difference", "make a huge difference",
            "you'd be able", "you would be able", "could finally", "finally be able",
            "within weeks", "in a few weeks you", "most teams see", "teams usually see",
            "we've seen", "that gives me", "i'm excited"),
        rule("urgency", Signal.URGENCY, null).statement().on(
            "runs out", "kicks in", "auto renews", "auto-renews", "end-of-life", "end of life", "sunsetting", "due in", "rate lock", "ends next", "leaves at the end", "moving into", "season is coming", "weeks away", "price freeze ends", "out on leave", "back on the", "before open enrollment", "open enrollment", "have to decide before", "hard deadline", "the deadline is", "a deadline", "before the audit", "the audit in",
            "renewal season", "asap", "as soon as possible", "running out of time", "time sensitive", "time-sensitive",
            "before year end", "before the end of", "we need this by", "need it by",
            "need this by", "launch in", "launching in", "starts in", "weeks away",
            "before the new", "fiscal year", "drops at the end", "lapses",
            "will walk", "they'll walk", "only have until", "have until", "before then",
            "expires on", "by january",
            "by february", "by march", "by april", "by may", "by june", "by july", "by august",
            "by september", "by november", "by december", "before the busy season", "before peak",
            "before summer", "before winter", "before the holidays", "can't afford to wait",
            "cannot afford to wait", "every week we wait", "every month we wait",
            "every day we", "the longer we wait", "clock is ticking", "coming up fast",
            "expires", "expiring", "contract ends", "contract is up", "lease is up",
            "inspection", "in three weeks",
            "end of the month", "end of month", "before it gets worse", "sooner rather",
            "need to move fast", "need to move quickly", "right away", "immediately")
            .unless("offer", "price", "deal", "discount"),
        // a claim, not a question ("does that line up with what you hoped?"); and not a fit on
        // a screen, a calendar or in a garage
        rule("fit", Signal.FIT, null).negatable().statement()
            .unless("schedule", "calendar", "diary", "screen", "garage").on(FIT),
        rule("fit.need-met", Signal.FIT, null).negatable().statement().on(NEED_MET),
        // the negation of a fit is no fit: "this isn't the right fit", "it wasn't built for you"
        rule("nofit.negated-fit", Signal.NO_FIT, null).negatedOnly().on(FIT),
        // a verdict, not a question ("is any of this missing the mark?"); "we ..." speaks of the
        // product only in the seller's mouth ("which we can't do" is the prospect's budget)
        rule("nofit", Signal.NO_FIT, null).statement().unless("discount", "discounts").on(
            "way more than", "more than a shop", "too much for", "way too much", "dealbreaker",
            "deal breaker", "poor match", "overkill", "not going to hold", "not going to work",
            "isn't going to work", "won't work for", "swiss army knife", "can't meet",
            "the opposite of what", "square peg", "misses the mark", "would disappoint",
            "won't catch", "doesn't talk to", "don't support", "a problem we don't have",
            "stretching it", "don't really see where", "don't see where", "don't see how this",
            "like buying a", "not really for", "not meant for", "isn't going to pay off",
            "won't pay off", "not going to pay off", "don't think this fits",
            "don't think it fits", "too small for", "too big for", "far too small", "geared to",
            "wrong move", "serve you better", "better than our", "not what we need",
            "isn't what we need", "doesn't fit us", "not the right fit", "not a fit",
            "not a good fit", "isn't a fit", "isn't a good fit", "wouldn't be a fit",
            "not the best fit", "not the right tool", "not the right solution",
            "not the right partner", "wouldn't recommend us", "not something we", "overkill for",
            "wouldn't be right for", "not built for", "better served by", "you'd be better off",
            "wouldn't be worth", "not a match", "not the right match", "don't think we're",
            "don't think we can", "won't solve", "can't solve", "doesn't solve", "doesn't fit",
            "wouldn't fit", "isn't built for", "wasn't built for", "not designed for",
            "the wrong fit", "wrong tool", "out of scope", "outside what we"),
        rule("nofit.limit", Signal.NO_FIT, SELLER).statement()
            .unless("discount", "discounts").on(
            "we can't meet", "we'd disappoint", "we don't support", "we're not the right",
            "we aren't the right", "we can't help", "we can't do", "we don't do",
            "we're not a fit", "we'd be the wrong"),
        rule("diagnosis", Signal.DIAGNOSIS, SELLER).on(
            "what i'm seeing", "is coming from", "isn't a pricing problem", "trace back", "traces back", "the leak is", "spikes because", "the cause is", "is caused by", "stems from",
            "from what i saw", "from what i've seen", "after going through", "after looking at", "having looked at", "to sum up", "the issue is really", "the problem is really", "what's actually happening", "it looks like most", "from everything i have",
            "based on", "from what you've told me", "from what you told me",
            "from what you've said", "from what you said", "what i'm hearing",
            "what i'm hearing is", "sounds like the real", "the real issue", "the real problem",
            "the root cause", "the core issue", "the core problem", "the gap is",
            "it sounds like the", "if i understand correctly", "the underlying",
            "my read is", "my take is", "it seems the main", "the main issue", "the main problem",
            "the biggest issue", "what's really going on", "what's happening is",
            "the bottleneck is", "the problem isn't", "the issue isn't", "so the issue is",
            "so the problem is", "it looks like the", "from everything you've",
            "from everything you", "putting it all together", "here's what i see",
            "what i see is", "my diagnosis", "seems like the real", "the real culprit"),
        rule("prescription", Signal.PRESCRIPTION, SELLER).unless("weekend", "questions", "lunch",
            "dinner", "restaurant").on(
            "my suggestion", "i'd put you", "i'd drop", "i'd start with", "where i'd start", "what makes sense is", "for your situation", "i'd raise", "sized for",
            "i'd recommend", "i would recommend", "my recommendation", "i recommend",
            "i'd suggest", "i would suggest", "what i'd do", "what i would do",
            "the best option", "the right solution", "our solution", "the plan i'd",
            "check out", "the right move",
            "what i'd propose", "i'd propose", "i propose", "the way to fix", "the way to solve",
            "the fix is", "the solution is", "here's what i'd", "our software", "the package", "the module", "the starter plan",
            "the pro plan", "our team plan", "the right plan", "the right package",
            "you should look at", "you should talk to", "you should try",
            "reach out to", "i'd go with", "best bet", "your best option",
            "consider", "refer you", "a better option", "better option for you", "let me tell you about"),
        rule("askedforsale", Signal.ASKED_FOR_SALE, SELLER).on(
            "ready to place an order", "wanna go for it", "want to go for it", "where would you like to go from here", "shall i put you down", "keep shopping around",
            "let me know what you decide", "whatever you decide", "ready to place the order", "place the order", "it's up to you", "up to you",
            "what would you like to do", "how would you like to proceed",
            "would you like to move forward", "do you want to move forward",
            "do you want to go ahead", "would you like to go ahead", "are you ready to buy",
            "would you like to buy", "do you want to buy", "shall we move forward",
            "what do you think is best for you", "what do you want to do",
            "are you interested in buying", "ready to sign", "want to sign",
            "would you like to sign", "do you want to proceed", "would you like to proceed",
            "what do you think you want to do", "so what do you think", "are we doing this",
            "is that something you'd like to buy", "do you want it", "want to go ahead",
            "are you in", "can i count you in", "can we count you in", "should i write it up",
            "want me to write it up", "ready to move forward", "want to move forward",
            "interested in moving forward", "like to get started", "want to get started",
            "want to place an order", "like to place an order", "how do you want to proceed",
            "what's your decision", "have you decided", "which option do you want",
            "which package do you want", "which plan do you want", "what do you wanna do")
            .unless("lunch", "dinner", "weekend", "holiday", "holidays", "vacation", "trip",
                "tonight", "fun", "break", "christmas", "summer", "birthday", "breakfast"),
        // A check of understanding after a recap; EnglishSignalClassifier reads the rule's id.
        rule(UNDERSTANDING_CHECK, Signal.TRIAL_CLOSE, SELLER).on(
            "did i get that", "have i got that", "is that right", "did i miss",
            "sound about right", "fair to say", "check i've understood", "check i've got",
            "make sure i've understood", "make sure i've got"),
        rule("trialclose", Signal.TRIAL_CLOSE, SELLER).on("is that fair",
            "where are you at with this", "your reaction", "what you were picturing", "you were picturing", "so far so good", "does that line up", "line up with what you need", "can you see your", "so how does all that sound", "how does all that sound", "you could see yourself",
            "how close is this", "what you had in mind", "could see your", "could you see", "feel like it answers", "what's your gut", "gut reaction", "would this solve", "would that solve", "does this solve", "does that solve",
            "how does that sound", "does that make sense", "does that sound", "how does that feel",
            "does that resonate", "are you with me", "sound good so far", "make sense so far",
            "how are we doing so far", "is that in line", "on the right track",
            "does this look like", "how does this land", "does that seem", "what do you think so far",
            "does that fit what", "am i on the right track", "sound fair", "does that sound fair",
            "how does that compare", "does this feel", "does that work for you",
            "would that work for you", "does that help", "is that helpful",
            "sound right", "with me so far",
            "does this match", "does that match", "any thoughts so far", "how's that sound",
            "how's this sound", "thoughts so far", "does that answer"),
        rule("assumptive", Signal.ASSUMPTIVE_CLOSE, SELLER).on(
            "here's how this goes", "the way it works is", "next we'll", "we'll measure", "takes it from here", "the next thing that happens", "what questions come to mind", "does that raise", "any questions on the timeline", "what else can i answer", "what would you like to know before", "the welcome kit",
            "she'll do", "he'll do", "we'll set up", "we will get you set up", "get you set up", "you come in", "drive it home", "from here it's", "from here it is", "implementation starts", "your first session", "your cover starts", "any questions on that", "what questions can i answer", "what else would you like to know before", "anything you want to go over first", "anything you'd change before", "before we lock it in", "here's the plan", "here is the plan", "here is what it looks like", "we do the survey", "questions before we get started",
            "here's what it looks like", "here is what it looks like", "here's how it works from here",
            "here's how we'll", "here's how this works", "here's what happens next",
            "here's what happens from here", "first we'll", "we'll start with",
            "we'll get you set up", "any questions before we", "before we move forward", "let's get you started",
            "i'll set up", "we'll kick off", "from here we", "what happens next is",
            "the next step is", "next step is", "next steps are", "step one is",
            "once you sign", "once we get you", "when we get you", "we'll schedule your",
            "i'll get the paperwork", "i'll send the agreement", "i'll send over the agreement",
            "i'll get you onboarded", "we'll get you onboarded", "your onboarding",
            "we'll install", "our team will", "installation will", "then we'll",
            "after that we'll", "and then we'll", "i'll put you down for", "let's get you on",
            "let's pencil you in", "i'll book your")
            .unless("onboarding doc", "process doc"),
        rule("pressure", Signal.PRESSURE, SELLER).on(
            "can't promise we'll have", "won't see this deal", "walk away now", "get your signature", "any slots left", "won't see this price", "only good until", "good until", "everyone on your street", "everybody else on the block", "already signed up", "another buyer", "the offer disappears", "disappears", "if you sign before", "before midnight", "if you do not sign", "if you don't sign", "cannot hold this", "can't hold this", "only hold", "i need an answer before", "need an answer before",
            "only today", "only good today", "good today only", "today only", "ends tonight",
            "ends today", "expires today", "expires tonight", "last chance", "won't last",
            "limited time", "need an answer now", "need an answer today", "need a decision today",
            "decide now", "decide today", "right now or", "price goes up", "going up tomorrow",
            "goes up next", "only a few left", "someone else will", "this week only",
            "only this week", "if you sign today", "sign today", "by end of day",
            "before it's gone", "don't miss", "only valid", "valid until", "offer ends",
            "can't hold this", "can't hold the price", "won't be available", "other buyers",
            "other people are looking", "going fast", "selling fast", "now or never",
            "you'd be crazy", "you'd be foolish", "you'll regret", "everyone else is",
            "all your competitors", "my manager will only", "only if you commit today",
            "if you commit today", "today and i", "lock it in today", "lock in today"),
        rule("discount.offer", Signal.DISCOUNT, SELLER).negatable().on(
            "give you a discount", "if i gave you a discount", "get you a discount",
            "do you a discount", "a discounted rate", "a discounted price"),
        rule("discount", Signal.DISCOUNT, SELLER).on(
            "off the sticker", "sticker price", "drop the price", "drop the per", "lower the per", "bring the price down",
            "% off", "percent off", "off the price", "off the first",
            "free trial", "free month", "month free", "months free", "waive", "waived",
            "knock off", "knock a", "special price", "special pricing", "cut the price",
            "lower the price", "reduce the price", "complimentary", "no charge",
            "free of charge", "throw in", "i'll throw", "price match",
            "first month free", "first three months", "try it free", "trial period",
            "free for", "half price", "half off", "reduced rate", "lower rate", "a better price",
            "sharpen my pencil", "sharpen the pencil", "20% off", "10% off", "15% off",
            "30% off", "50% off", "25% off"),
        rule("stop.interjection", Signal.PROSPECT_STOP, PROSPECT).leading().on(
            "hang on", "stop", "whoa", "woah", "slow down", "back up",
            "one second", "hold up")
            .unless("by", "over", "in", "until", "till", "grab", "pen", "write"),
        rule("stop.notready", Signal.PROSPECT_STOP, PROSPECT).on(
            "cut in", "pause you", "interrupt you", "skip the", "can i just stop you", "stop you for", "didn't ask",
            "can we pause", "let me stop you", "stop you there", "back up", "not ready", "i'm not ready", "let me think", "need to think", "need to talk to",
            "talk to my", "check with my", "not so fast", "pump the brakes",
            "before we go any further", "let's pause", "whoa", "woah", "let's not get ahead",
            "getting ahead of", "not there yet", "not at that point", "i need some time",
            "need more time", "sleep on it", "take a step back", "can we stop", "stop there",
            "hold off", "let's hold off", "too fast", "too soon", "not yet", "hold on a second",
            "hang on a second", "wait a second", "wait a minute"),
        rule("commitment", Signal.COMMITMENT, PROSPECT).on(
            "where do i sign", "we will take", "we'll take the", "i will take", "we'll go ahead",
            "let's do it", "let's go ahead", "let's go for it", "sign me up", "sign us up",
            "send me the contract", "send the contract", "send over the contract",
            "send over the paperwork", "send the paperwork", "send me the paperwork",
            "send the agreement", "send me the agreement", "count us in",
            "count me in", "let's move forward", "we'll take it", "i'll take it", "let's book",
            "book it", "we'll go with", "let's get started", "let's start",
            "go ahead and", "i'm ready to", "we're ready to", "yes let's", "let's make it happen",
            "we'll sign", "i'll sign", "we want to move forward", "we'd like to move forward",
            "i want to move forward", "we'll do it", "i'll do it", "we're going to go with",
            "we've decided to", "you've got a deal", "it's a deal", "put us down",
            "put me down", "let's schedule the", "schedule the install", "schedule the pilot",
            "set up the pilot", "let's set it up", "let's kick off", "let's kick it off",
            "i'll get the po", "we'll get the po", "i'll pay", "take my card", "here's my card",
            "lets do it", "lets go ahead")
            .unless("not", "if"),
        // "Deal." and "I'm in." said as an answer; not "a great deal on his truck", "I'm in the
        // truck" or "we're in the middle of a reorganisation"
        rule("commitment.deal", Signal.COMMITMENT, PROSPECT).leading().unless("with")
            .on("deal"),
        rule("commitment.in", Signal.COMMITMENT, PROSPECT).leading()
            .unless("the", "a", "an", "my", "our", "middle", "town").on("i'm in", "we're in"),
        // the prospect takes a time offered: "Thursday works", "friday at ten's fine"
        rule("commitment.time", Signal.COMMITMENT, PROSPECT).statement().negatable()
            .unless("not", "but").on(TimesTaken.phrases()),
        rule("objection", Signal.OBJECTION, PROSPECT).on(
            "flopped", "run it past", "before spending", "bought out", "aren't ready to switch", "not ready to switch", "who's going to migrate", "wary", "gun shy", "got burned", "getting burned", "justify", "could drag", "feels too", "felt canned", "canned", "what if my", "we're fine with what we have", "fine with what we have",
            "doesn't solve", "not what we need", "heard this", "quoted us", "half that", "big commitment", "don't love", "push back", "doesn't support", "don't know if", "do not know if", "so much higher", "higher than", "what if the", "what if it", "what if we",
            "too expensive", "that's expensive", "it's expensive", "more than we budgeted",
            "over budget", "our budget",
            "not in the budget", "budgeted",
            "price is", "cost is", "too much money", "concern", "concerns", "concerned",
            "i'm not convinced", "not convinced", "skeptical",
            "hesitant", "we already use", "happy with our current",
            "don't have time", "too complicated", "complicated", "migration", "risk", "risky",
            "contract length", "locked in", "not a priority", "pricey", "costly",
            "can't afford", "cannot afford", "can't justify", "hard to justify",
            "what's the catch", "the catch", "sounds too good", "burned before", "been burned",
            "tried that before", "didn't work last time", "my boss won't", "my boss wouldn't",
            "leadership won't", "won't approve", "never approve", "too much work",
            "learning curve", "disruption", "switching cost", "switching costs",
            "our it team", "security review", "compliance", "hidden fees", "lock-in",
            "commitment is", "a lot of money", "steep")
            .negatable(),
        rule("nextstep", Signal.NEXT_STEP, null).on(
            "book the pilot", "schedule the install", "schedule the", "let's book", "go live on", "your first session", "the paperwork over", "implementation starts", "we'll set up the", "set up the onboarding", "onboarding call",
            "let's meet", "let's schedule",
            "schedule a", "set up a call", "set up a meeting", "set up a time", "i will send", "calendar invite", "reconvene", "circle back", "touch base", "get back to you", "talk again",
            "speak again", "catch up", "let's talk", "let's connect", "i'll call you",
            "call you on", "call you next", "meet again", "meet on", "meet next",
            "demo on", "put something on the calendar",
            "on the calendar", "get something on", "grab time", "find a time", "pencil in",
            "how about tuesday", "how about monday", "how about wednesday",
            "how about thursday", "how about friday", "does tuesday", "does monday",
            "does wednesday", "does thursday", "does friday", "tomorrow at",
            "loop in", "bring in my", "bring my", "intro you", "introduce you")
            .unless("doc", "document", "handbook", "manual", "article", "blog"));
  }
}
