package org.stagecraft.text;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
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

  /** Built on first use: learning the cue model reads the corpora. */
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
    /** The utterance classified last in a transcript's session, and whether it checked. */
    private @Nullable Utterance last;
    private boolean lastChecks;

    private Session(boolean transcript) {
      this.reader = new Sentences.Reader(transcript);
      this.scored = cues == null ? null : cues.scores();
      this.remember = transcript;
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
      SpeakerRole role = utterance.role();
      Map<Signal, Detection> found = new LinkedHashMap<>();
      EnumSet<Kind> questions = EnumSet.noneOf(Kind.class);
      String questionWords = "";
      List<Sentences.Sentence> sentences = reader.read(utterance.text());
      boolean checksUnderstanding = false;
      for (Sentences.Sentence sentence : sentences) {
        Signal question = Questions.kind(sentence);
        if (question != null) {
          questions.add(question == Signal.OPEN_QUESTION ? Kind.OPEN : Kind.CLOSED);
          if (questionWords.isEmpty() || question == Signal.OPEN_QUESTION) {
            questionWords = opening(sentence);
          }
        }
        for (PhraseMatcher.Hit hit : matcher.match(sentence, role, question != null)) {
          checksUnderstanding |= hit.rule().id().equals(EnglishRules.UNDERSTANDING_CHECK);
          Signal signal = hit.rule().signal();
          if (!found.containsKey(signal)) { // the first match of a signal explains it
            found.put(signal, new Detection(signal, role, hit.rule().id(), hit.matched(sentence)));
          }
        }
      }
      if (cues != null && scored != null && role != SpeakerRole.OTHER) {
        // Which signals the cues may still add: allowed for the role, and not found yet.
        boolean[] taken = cueTaken[role == SpeakerRole.SELLER ? 0 : 1].clone();
        for (Signal signal : found.keySet()) {
          int k = cues.index(signal);
          if (k >= 0) {
            taken[k] = true;
          }
        }
        if (checksUnderstanding) {
          // A recap closed by a check of understanding ("... is that right?") repeats what the
          // prospect said, so the cues must not read it as the seller's own diagnosis or
          // prescription. A pitch closed with "does that make sense?" is no recap and keeps them;
          // the rules still find "based on" and "I'd recommend" in either.
          for (Signal summary : List.of(Signal.DIAGNOSIS, Signal.PRESCRIPTION)) {
            int k = cues.index(summary);
            if (k >= 0) {
              taken[k] = true;
            }
          }
        }
        Map<Signal, Detection> added = new LinkedHashMap<>();
        for (Sentences.Sentence sentence : sentences) {
          double[] scores = scored.score(sentence, role).totals();
          for (int k = 0; k < scores.length; k++) {
            if (scores[k] >= 0 && !taken[k]) {
              Signal signal = cues.order().get(k);
              added.put(signal, new Detection(signal, role, CUE_RULES.get(signal), scored.why(k)));
              taken[k] = true;
            }
          }
        }
        found.putAll(added);
        if (!remember) {
          scored.forget();
        }
      }
      if (role == SpeakerRole.PROSPECT && !found.containsKey(Signal.CONFIRMED)
          && agrees(sentences) && previousChecks(previous)) {
        // "Yes." after the seller's "did I get that right?" confirms the seller's understanding.
        found.put(Signal.CONFIRMED, new Detection(Signal.CONFIRMED, role,
            "confirmed.after-check", opening(sentences.get(0))));
      }
      if (found.containsKey(Signal.ASSUMPTIVE_CLOSE) && !found.containsKey(Signal.NEXT_STEP)) {
        // An assumptive close is made of next steps, by definition.
        found.put(Signal.NEXT_STEP, new Detection(Signal.NEXT_STEP, role, "nextstep.assumptive",
            found.get(Signal.ASSUMPTIVE_CLOSE).matched()));
      }
      ImmutableList.Builder<Detection> out = ImmutableList.builder();
      if (questions.contains(Kind.OPEN)) {
        out.add(new Detection(Signal.OPEN_QUESTION, role, "question.open", questionWords));
      } else if (questions.contains(Kind.CLOSED)) {
        out.add(new Detection(Signal.CLOSED_QUESTION, role, "question.closed", questionWords));
      }
      found.values().forEach(out::add);
      return out.build();
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
    return utterance.role() == SpeakerRole.SELLER && detections.stream().anyMatch(
        d -> d.signal() == Signal.TRIAL_CLOSE || d.signal() == Signal.DIAGNOSIS);
  }

  private enum Kind { OPEN, CLOSED }

  /** The rule id of each signal the cue model adds: "cues.fit" and the like. */
  private static final Map<Signal, String> CUE_RULES = Signal.wellKnown().stream().collect(
      java.util.stream.Collectors.toUnmodifiableMap(s -> s,
          s -> "cues." + s.name().toLowerCase(java.util.Locale.ROOT)));


  private static boolean agrees(List<Sentences.Sentence> sentences) {
    return !sentences.isEmpty() && sentences.get(0).tokens().length > 0
        && WordClass.AGREEMENT.in(sentences.get(0).flags()[0]);
  }

  /** Up to three words from where the sentence starts after its fillers. */
  private static String opening(Sentences.Sentence sentence) {
    int start = PhraseMatcher.start(sentence);
    String[] words = sentence.tokens();
    return PhraseMatcher.join(words, start, Math.min(words.length, start + 3));
  }
}
