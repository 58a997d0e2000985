package org.stagecraft.testkit.scenario;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.stagecraft.Conversation;
import org.stagecraft.Playbook;
import org.stagecraft.Signal;
import org.stagecraft.SpeakerRole;
import org.stagecraft.Stage;
import org.stagecraft.Violation;
import org.stagecraft.event.ConversationEvent;
import org.stagecraft.event.ObservedSignal;
import org.stagecraft.event.StageRequest;
import org.stagecraft.event.Touch;
import org.stagecraft.event.Utterance;
import org.stagecraft.spi.Detection;
import org.stagecraft.spi.SignalClassifier;
import org.stagecraft.testkit.Context;
import org.stagecraft.testkit.ConversationAssert;
import org.stagecraft.text.EnglishSignalClassifier;

/**
 * A scripted conversation with expectations checked step by step, in the spirit of a state
 * machine's test plan. Each step is a line (classified into signals when the scenario runs), an
 * explicit signal, a stage request, a touch or any event; the {@code expect…} calls after a step
 * are checked right after it, so a failure names the first step where the script and the
 * playbook part ways.
 *
 * <pre>
 * Scenario.of(Playbooks.consultative())
 *     .seller("So what made you start looking at this now?")
 *         .expectDetected(Signal.OPEN_QUESTION).expectStage(Stage.DISCOVERY)
 *     .prospectShows(Signal.PAIN)
 *     .seller("Would you like to move forward?")
 *         .expectRejected(Violation.Rule.EXIT_CRITERIA_NOT_MET)
 *     .run();
 * </pre>
 *
 * <p>A failure is an {@link AssertionError} whose message starts with {@code [scenario 'name',
 * step 3: seller says "..."]}, then what was expected and found, the stage history, the
 * violations and what the stage still needs. Scripted lines appear in messages (cut to 60
 * characters): they are the test's own text, not a recorded call.
 *
 * <p>A mutable builder, not thread-safe; {@link #run()} may be called again and replays from the
 * start. The default classifier is {@link EnglishSignalClassifier#create()}.
 */
public final class Scenario {
  private final Playbook playbook;
  private String name;
  private SignalClassifier classifier;
  private final List<Step> steps = new ArrayList<>();

  private Scenario(Playbook playbook) {
    this.playbook = playbook;
    this.name = playbook.name();
    this.classifier = EnglishSignalClassifier.create();
  }

  /**
   * Starts a scenario of {@code playbook}.
   *
   * @throws NullPointerException if {@code playbook} is null
   */
  public static Scenario of(Playbook playbook) {
    return new Scenario(checkNotNull(playbook, "playbook"));
  }

  /**
   * Names the scenario in failure messages (default: the playbook's name).
   *
   * @throws NullPointerException if {@code name} is null
   */
  public Scenario named(String name) {
    this.name = checkNotNull(name, "name");
    return this;
  }

  /**
   * Classifies the lines with {@code classifier} instead of the default English one.
   *
   * @throws NullPointerException if {@code classifier} is null
   */
  public Scenario classifier(SignalClassifier classifier) {
    this.classifier = checkNotNull(classifier, "classifier");
    return this;
  }

  /** A seller line; its signals come from the classifier. */
  public Scenario seller(String text) {
    return utterance(Utterance.seller(checkNotNull(text, "text")));
  }

  /** A prospect line; its signals come from the classifier. */
  public Scenario prospect(String text) {
    return utterance(Utterance.prospect(checkNotNull(text, "text")));
  }

  /**
   * A line, possibly timed; its signals come from the classifier, with the previous line as
   * context.
   *
   * @throws NullPointerException if {@code utterance} is null
   */
  public Scenario utterance(Utterance utterance) {
    steps.add(Step.line(steps.size() + 1, checkNotNull(utterance, "utterance")));
    return this;
  }

  /** Signals the seller showed, as if observed by the host: one step. */
  public Scenario sellerShows(Signal... signals) {
    return shows(SpeakerRole.SELLER, signals);
  }

  /** Signals the prospect showed, as if observed by the host: one step. */
  public Scenario prospectShows(Signal... signals) {
    return shows(SpeakerRole.PROSPECT, signals);
  }

  private Scenario shows(SpeakerRole by, Signal... signals) {
    checkNotNull(signals, "signals");
    checkArgument(signals.length > 0, "name at least one signal");
    List<ConversationEvent> events = Arrays.stream(signals)
        .map(s -> (ConversationEvent) ObservedSignal.of(checkNotNull(s, "signal"), by)).toList();
    return step(by.label() + " shows " + Arrays.toString(signals), events);
  }

  /**
   * A request to move to {@code target}, as a host or an AI agent makes it.
   *
   * @throws NullPointerException if {@code target} is null
   */
  public Scenario requestStage(Stage target) {
    return step("request to move to " + checkNotNull(target, "target"),
        List.of(StageRequest.to(target)));
  }

  /**
   * An out-of-call touch, for effort balance.
   *
   * @throws NullPointerException if {@code touch} is null
   */
  public Scenario touch(Touch touch) {
    return step("touch " + checkNotNull(touch, "touch"), List.of(touch));
  }

  /**
   * Any event, applied as it is (an utterance given here is not classified).
   *
   * @throws NullPointerException if {@code event} is null
   */
  public Scenario event(ConversationEvent event) {
    return step("event " + checkNotNull(event, "event"), List.of(event));
  }

  private Scenario step(String label, List<ConversationEvent> events) {
    steps.add(Step.events(steps.size() + 1, label, events));
    return this;
  }

  /**
   * Expects the conversation to be in {@code stage} after the last step.
   *
   * @throws NullPointerException if {@code stage} is null
   * @throws IllegalStateException if there is no step yet
   */
  public Scenario expectStage(Stage stage) {
    checkNotNull(stage, "stage");
    return expect(r -> r.conversation().isInStage(stage));
  }

  /**
   * Expects every event of the last step to be accepted.
   *
   * @throws IllegalStateException if there is no step yet
   */
  public Scenario expectAccepted() {
    return expect(r -> {
      Optional<Violation> rejected = firstRejected(r);
      if (rejected.isPresent()) {
        throw failure(r, "Expecting the step to be accepted, but it broke a rule:\n  "
            + rejected.get());
      }
    });
  }

  /**
   * Expects an event of the last step to be rejected for breaking {@code rule}.
   *
   * @throws NullPointerException if {@code rule} is null
   * @throws IllegalStateException if there is no step yet
   */
  public Scenario expectRejected(Violation.Rule rule) {
    checkNotNull(rule, "rule");
    return expect(r -> r.conversation().rejectedEventAt(rejected(r, rule).eventIndex(), rule));
  }

  /**
   * Expects an event of the last step to be rejected for breaking {@code rule}, with exactly
   * these criteria missing, in the engine's words ({@code "open question (seller): 2 of 3"}).
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if there is no step yet
   */
  public Scenario expectRejected(Violation.Rule rule, String... missing) {
    checkNotNull(rule, "rule");
    String[] wanted = checkNotNull(missing, "missing").clone();
    return expect(r -> r.conversation()
        .rejectedEventAt(rejected(r, rule).eventIndex(), rule, wanted));
  }

  /**
   * Expects the classifier to have found each of {@code signals} in the last step's line.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if there is no step yet, or the last step is not a line
   */
  public Scenario expectDetected(Signal... signals) {
    List<Signal> wanted = List.of(checkNotNull(signals, "signals"));
    checkArgument(!wanted.isEmpty(), "name at least one signal");
    checkState(!steps.isEmpty() && last().utterance != null,
        "expectDetected follows a seller(...), prospect(...) or utterance(...) step");
    return expect(r -> {
      List<Signal> found = r.detections().stream().map(Detection::signal).toList();
      List<Signal> missing = wanted.stream().filter(s -> !found.contains(s)).toList();
      if (!missing.isEmpty()) {
        throw failure(r, "Expecting the classifier to detect:\n  " + wanted + "\nbut it did not "
            + "detect:\n  " + missing + "\ndetections: " + r.detections());
      }
    });
  }

  /**
   * Expects whatever {@code check} asserts on the conversation after the last step; its
   * assertion object is already described with the step.
   *
   * @throws NullPointerException if {@code check} is null
   * @throws IllegalStateException if there is no step yet
   */
  public Scenario expectThat(Consumer<ConversationAssert> check) {
    checkNotNull(check, "check");
    return expect(r -> check.accept(r.conversation()));
  }

  private Scenario expect(Expectation expectation) {
    checkState(!steps.isEmpty(), "add a step before its expectations");
    last().expectations.add(expectation);
    return this;
  }

  private Step last() {
    return steps.get(steps.size() - 1);
  }

  /**
   * Plays every step from a fresh conversation, checking each step's expectations right after
   * it, and returns the conversation after the last step.
   *
   * @throws AssertionError at the first expectation that does not hold
   * @throws IllegalArgumentException if an event names a signal or stage the playbook lacks
   */
  public Conversation run() {
    Conversation conversation = playbook.newConversation();
    @Nullable Utterance previous = null;
    for (Step step : steps) {
      int first = conversation.eventCount();
      ImmutableList<Detection> detections = ImmutableList.of();
      if (step.utterance != null) {
        detections = classifier.classify(step.utterance, previous);
        conversation = conversation.advance(step.utterance);
        for (Detection detection : detections) {
          conversation = conversation.advance(detection.toEvent());
        }
        previous = step.utterance;
      } else {
        conversation = conversation.advanceAll(step.events);
      }
      StepResult result = new StepResult(step.describe(name), conversation, first, detections);
      for (Expectation expectation : step.expectations) {
        expectation.check(result);
      }
    }
    return conversation;
  }

  private static Optional<Violation> firstRejected(StepResult r) {
    return violationsOf(r).stream().findFirst();
  }

  private static List<Violation> violationsOf(StepResult r) {
    return r.after().violations().stream()
        .filter(v -> v.eventIndex() >= r.firstEvent() && v.eventIndex() < r.endEvent())
        .toList();
  }

  /** The step's violation of {@code rule}, else its first violation, else a failure. */
  private static Violation rejected(StepResult r, Violation.Rule rule) {
    List<Violation> inStep = violationsOf(r);
    if (inStep.isEmpty()) {
      throw failure(r, "Expecting the step to be rejected by rule:\n  " + rule + "\nbut every "
          + "event of the step (" + range(r) + ") was accepted");
    }
    return inStep.stream().filter(v -> v.rule() == rule).findFirst().orElse(inStep.get(0));
  }

  private static String range(StepResult r) {
    int last = r.endEvent() - 1;
    return last == r.firstEvent() ? "event " + last : "events " + r.firstEvent() + " to " + last;
  }

  private static AssertionError failure(StepResult r, String message) {
    return new AssertionError("[" + r.description() + "] " + message + Context.of(r.after()));
  }

  @Override
  public String toString() {
    return "Scenario[" + name + ", " + steps.size() + " steps]";
  }
}
