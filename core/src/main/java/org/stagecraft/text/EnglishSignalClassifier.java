package org.stagecraft.text;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.stagecraft.Signal;
import org.stagecraft.SpeakerRole;
import org.stagecraft.event.Utterance;
import org.stagecraft.spi.Detection;
import org.stagecraft.spi.SignalClassifier;

/**
 * The default classifier: English rules over words, explainable and linear in the text. Each
 * sentence is read once: its opening tells open from closed questions (also without a question
 * mark, as speech-to-text writes them), and a phrase index finds the words of every other signal
 * ({@link EnglishRules}), per speaker role, with negation and cancelling words handled. Then a
 * cue model ({@link CueModel}) may add the open-ended signals the phrases missed. Each signal is
 * reported once per utterance, with the rule that found it and the words behind it.
 *
 * <p>Immutable and thread-safe; {@link #create()} and {@link #rulesOnly()} return shared
 * instances. Each thread that calls {@link #classify} gets its own reusable buffers (about 50 KB
 * with the cue model), which keep no text between calls; {@link Transcripts#classify} reads a
 * whole transcript with one session of its own.
 */
public final class EnglishSignalClassifier implements SignalClassifier {
  private static final EnglishSignalClassifier RULES_ONLY =
      new EnglishSignalClassifier(EnglishRules.all(), null);

  /** The longest text, in chars, whose buffers a thread keeps (our choice: ~2,500 words). */
  private static final int KEPT_BUFFER_CHARS = 16_384;

  /** Built on first use: the cue model is read then (or learned, if no build wrote it). */
  private static final class WithCues {
    static final EnglishSignalClassifier INSTANCE =
        new EnglishSignalClassifier(EnglishRules.all(), CueModel.load());
  }

  private final PhraseMatcher matcher;
  private final @Nullable CueModel cues;
  /**
   * For the seller, then the prospect: the cue model's signals (in its order) that the role can
   * never show, so that the cues never add them.
   */
  private final boolean[][] cueTaken = new boolean[2][];
  /** Buffers for {@link #classify}, one set per thread. */
  private final ThreadLocal<Session> perThread = ThreadLocal.withInitial(() -> new Session(false));

  private EnglishSignalClassifier(List<PhraseRule> rules, @Nullable CueModel cues) {
    this.matcher = new PhraseMatcher(rules);
    this.cues = cues;
    List<Signal> order = cues == null ? List.of() : cues.order();
    for (int r = 0; r < 2; r++) {
      cueTaken[r] = new boolean[order.size()];
      for (int k = 0; k < order.size(); k++) {
        cueTaken[r][k] = !CueModel.allowed(order.get(k),
            r == 0 ? SpeakerRole.SELLER : SpeakerRole.PROSPECT);
      }
    }
  }

  /** The phrase rules with {@code cues}: for cross-validating the cue model. */
  static EnglishSignalClassifier withCues(CueModel cues) {
    return new EnglishSignalClassifier(EnglishRules.all(), cues);
  }

  /** The default English classifier: phrase rules, then weighted cue words. */
  public static EnglishSignalClassifier create() {
    return WithCues.INSTANCE;
  }

  /**
   * The phrase rules alone, without the cue model: about twice as fast, and weaker on the
   * open-ended signals (see docs/classifier.md). For bulk work where speed matters more.
   */
  public static EnglishSignalClassifier rulesOnly() {
    return RULES_ONLY;
  }

  /**
   * Classifies {@code utterance} with this thread's buffers, which keep no text between calls.
   * To classify a whole transcript, {@link #session()} reuses more.
   */
  @Override
  public ImmutableList<Detection> classify(Utterance utterance, @Nullable Utterance previous) {
    checkNotNull(utterance, "utterance");
    if (utterance.text().length() > KEPT_BUFFER_CHARS
        || (previous != null && previous.text().length() > KEPT_BUFFER_CHARS)) {
      // Buffers grown for one long text would stay with the thread for good: use one-off ones.
      return new Session(false).classify(utterance, previous);
    }
    return perThread.get().classify(utterance, previous);
  }

  /** A session for the turns of one transcript, in order, on one thread. */
  Session session() {
    return new Session(true);
  }

  /**
   * Classifies utterances one after another with reusable buffers: the tokeniser's, its memo of
   * unknown words (kept for a transcript's session only) and the cue model's tables. A transcript's
   * session also remembers whether the turn it classified last checked understanding, so that
   * the next turn's "yes" needs no second pass over it. Not thread-safe: one per thread, or one
   * per transcript classified on one thread.
   */
  final class Session {
    private final Sentences.Reader reader;
    private final CueModel.@Nullable SentenceScores scored;
    private final boolean remember;
    /** The phrase matches of the sentence being read, and the signals the cues may not add. */
    private final List<PhraseMatcher.Hit> hits = new ArrayList<>();
    private final boolean[] taken;
    /** The utterance classified last in a transcript's session, and whether it checked. */
    private @Nullable Utterance last;
    private boolean lastChecks;
    /** The word count of the utterance classified last, or -1 if not counted. */
    private int lastWords = -1;

    private Session(boolean transcript) {
      this.reader = new Sentences.Reader(transcript);
      this.scored = cues == null ? null : cues.scores();
      this.remember = transcript;
      this.taken = new boolean[cueTaken[0].length];
    }

    /** As {@link EnglishSignalClassifier#classify}. */
    ImmutableList<Detection> classify(Utterance utterance, @Nullable Utterance previous) {
      ImmutableList<Detection> detections = detect(utterance, previous);
      if (remember) {
        last = utterance;
        lastChecks = checks(utterance, detections);
      }
      return detections;
    }

    private ImmutableList<Detection> detect(Utterance utterance, @Nullable Utterance previous) {
      try {
        return read(utterance, previous);
      } finally {
        if (!remember) {
          reader.release(); // a thread's buffers keep no text between calls
          if (scored != null) {
            scored.forget();
          }
        }
      }
    }

    private ImmutableList<Detection> read(Utterance utterance, @Nullable Utterance previous) {
      SpeakerRole role = utterance.role();
      // Few signals per turn: a list searched from the start beats a map's hashing.
      List<Detection> found = new ArrayList<>(4);
      int questions = 0; // the bits of Kind.OPEN and Kind.CLOSED
      String questionWords = "";
      Sentences.Text text = reader.read(utterance.text());
      int words = text.spaceWords; // kept now: the previous turn may be read into these buffers
      boolean checksUnderstanding = false;
      List<PhraseMatcher.Hit> hits = this.hits;
      for (int s = 0; s < text.sentences; s++) {
        Signal question = Questions.kind(text, s);
        if (question != null) {
          questions |= question == Signal.OPEN_QUESTION ? OPEN : CLOSED;
          if (questionWords.isEmpty() || question == Signal.OPEN_QUESTION) {
            questionWords = opening(text, s);
          }
        }
        hits.clear();
        matcher.match(text, s, role, question != null, hits);
        for (int h = 0; h < hits.size(); h++) {
          PhraseMatcher.Hit hit = hits.get(h);
          checksUnderstanding |= hit.rule().id().equals(EnglishRules.UNDERSTANDING_CHECK);
          Signal signal = hit.rule().signal();
          if (PastProblems.rulesOut(signal, text, s)) {
            continue;
          }
          if (find(found, signal) == null) { // the first match of a signal explains it
            found.add(new Detection(signal, role, hit.rule().id(), hit.matched(text)));
          }
        }
      }
      hits.clear();
      if (cues != null && scored != null && role != SpeakerRole.OTHER) {
        addCues(cues, scored, text, role, found, checksUnderstanding);
      }
      if (role == SpeakerRole.PROSPECT && find(found, Signal.CONFIRMED) == null
          && agrees(text)) {
        // "Yes." after the seller's "did I get that right?" confirms the seller's understanding.
        // The words are taken first: checking the previous turn may read it into these buffers.
        String yes = opening(text, 0);
        if (previousChecks(previous)) {
          found.add(new Detection(Signal.CONFIRMED, role, "confirmed.after-check", yes));
        }
      }
      // "it's built for single-site restaurants, we're made for multi-site" says no fit: the
      // fit it names is someone else's
      dropBeside(found, Signal.NO_FIT, Signal.FIT);
      // manufactured pressure ("I can only hold this rate until five") is neither a reason of
      // the prospect's own to act now nor credibility, however candid it sounds
      dropBeside(found, Signal.PRESSURE, Signal.URGENCY);
      dropBeside(found, Signal.PRESSURE, Signal.TRUST);
      Detection assumptive = find(found, Signal.ASSUMPTIVE_CLOSE);
      if (assumptive != null && find(found, Signal.NEXT_STEP) == null) {
        // An assumptive close is made of next steps, by definition.
        found.add(new Detection(Signal.NEXT_STEP, role, "nextstep.assumptive",
            assumptive.matched()));
      }
      ImmutableList.Builder<Detection> out =
          ImmutableList.builderWithExpectedSize(found.size() + 1);
      if ((questions & OPEN) != 0) {
        out.add(new Detection(Signal.OPEN_QUESTION, role, "question.open", questionWords));
      } else if (questions != 0) {
        out.add(new Detection(Signal.CLOSED_QUESTION, role, "question.closed", questionWords));
      }
      out.addAll(found);
      lastWords = words;
      return out.build();
    }

    /**
     * The word count ({@link Utterance#wordCount}) of the utterance classified last, taken while
     * reading it, or -1 if it was not counted.
     */
    int wordCount() {
      return lastWords;
    }

    /** Adds to {@code found} the signals the cues find in {@code text} that it lacks. */
    private void addCues(CueModel cues, CueModel.SentenceScores scored, Sentences.Text text,
        SpeakerRole role, List<Detection> found, boolean checksUnderstanding) {
      // Which signals the cues may still add: allowed for the role, and not found yet.
      boolean[] taken = this.taken;
      System.arraycopy(cueTaken[role == SpeakerRole.SELLER ? 0 : 1], 0, taken, 0, taken.length);
      for (int f = 0; f < found.size(); f++) {
        take(cues, found.get(f).signal(), taken);
      }
      if (checksUnderstanding) {
        // A recap closed by a check of understanding ("... is that right?") repeats what the
        // prospect said, so the cues must not read it as the seller's own diagnosis,
        // prescription or verdict of no fit. A pitch closed with "does that make sense?" is no
        // recap and keeps them; the rules still find "based on" and "I'd recommend" in either.
        take(cues, Signal.DIAGNOSIS, taken);
        take(cues, Signal.PRESCRIPTION, taken);
        take(cues, Signal.NO_FIT, taken);
      }
      for (int s = 0; s < text.sentences; s++) {
        float[] scores = scored.score(text, s, role).totals();
        for (int k = 0; k < scores.length; k++) {
          if (scores[k] < 0 || taken[k]) {
            continue; // most scores: no signal looked up
          }
          Signal signal = cues.order().get(k);
          if (!PastProblems.rulesOut(signal, text, s) && !cuesCannotTell(signal, text, s)) {
            found.add(new Detection(signal, role, CUE_RULES.get(signal), scored.why(k)));
            taken[k] = true;
          }
        }
      }
    }

    /**
     * Whether the cues cannot tell {@code signal} in sentence {@code s} from what only looks like
     * it, where the phrase rules can: a question about a commitment is not one ("would Thursday
     * work for you?"; the rules find "where do I sign?"), nor is one refused in part ("Thursday
     * works for the engineer but not for me"); a short consent ("Yes, go ahead.") commits to
     * whatever it answers, which the cues do not see (the rules find "let's do it" and "deal");
     * and what a lone "yes" confirms depends on the question it answers (the rule checks the
     * seller's turn before it).
     */
    private static boolean cuesCannotTell(Signal signal, Sentences.Text text, int s) {
      if (signal == Signal.COMMITMENT) {
        return Questions.kind(text, s) != null
            || WordClass.NEGATIONS.anyIn(text.flags, text.from(s), text.to(s))
            || text.to(s) - text.from(s) <= 3;
      }
      return signal == Signal.CONFIRMED && text.to(text.sentences - 1) - text.from(0) == 1;
    }

    /** Removes {@code dropped} from {@code found} if {@code kept} is there too. */
    private static void dropBeside(List<Detection> found, Signal kept, Signal dropped) {
      Detection drop = find(found, dropped);
      if (drop != null && find(found, kept) != null) {
        found.remove(drop);
      }
    }

    /** Marks {@code signal} in {@code taken}, if the cue model scores it. */
    private static void take(CueModel cues, Signal signal, boolean[] taken) {
      int k = cues.index(signal);
      if (k >= 0) {
        taken[k] = true;
      }
    }

    /** Whether the seller's previous turn checked understanding or stated a diagnosis. */
    private boolean previousChecks(@Nullable Utterance previous) {
      if (previous == null || previous.role() != SpeakerRole.SELLER) {
        return false;
      }
      if (remember && previous == last) {
        // A seller's signals do not depend on the turn before theirs: the same as a new pass.
        return lastChecks;
      }
      // The second pass reuses these buffers: this turn is read and scored by now.
      return checks(previous, detect(previous, null));
    }
  }

  /** Whether a seller's {@code utterance}, of {@code detections}, checked understanding. */
  private static boolean checks(Utterance utterance, List<Detection> detections) {
    if (utterance.role() != SpeakerRole.SELLER) {
      return false;
    }
    for (int d = 0; d < detections.size(); d++) {
      Signal signal = detections.get(d).signal();
      if (signal == Signal.TRIAL_CLOSE || signal == Signal.DIAGNOSIS) {
        return true;
      }
    }
    return false;
  }

  /** The detection of {@code signal} in {@code found}, or null. */
  private static @Nullable Detection find(List<Detection> found, Signal signal) {
    for (int f = 0; f < found.size(); f++) {
      if (found.get(f).signal() == signal) {
        return found.get(f);
      }
    }
    return null;
  }

  /** The kinds of question an utterance asked, as bits. */
  private static final int OPEN = 1;
  private static final int CLOSED = 2;

  /** The rule id of each signal the cue model adds: "cues.fit" and the like. */
  private static final Map<Signal, String> CUE_RULES = Signal.wellKnown().stream().collect(
      java.util.stream.Collectors.toUnmodifiableMap(s -> s,
          s -> "cues." + s.name().toLowerCase(java.util.Locale.ROOT)));


  private static boolean agrees(Sentences.Text text) {
    return text.sentences > 0 && WordClass.AGREEMENT.in(text.flags[0]);
  }

  /** Up to three words from where sentence {@code s} starts after its fillers. */
  private static String opening(Sentences.Text text, int s) {
    int to = text.to(s);
    int start = PhraseMatcher.start(text.tokens, text.flags, text.from(s), to);
    return PhraseMatcher.join(text.tokens, start, Math.min(to, start + 3));
  }
}
