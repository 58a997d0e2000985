package org.stagecraft.testkit;

import java.util.function.Consumer;
import org.assertj.core.api.AbstractSoftAssertions;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * Soft assertions for conversations, violations, scorecards and playbooks: every failed check is
 * collected and {@link #assertAll()} reports them together, so one test run shows everything a
 * conversation got wrong.
 *
 * <pre>
 * StagecraftSoftAssertions.assertSoftly(softly -&gt; {
 *   softly.assertThat(conversation).isInStage(Stage.CLOSE);
 *   softly.assertThat(conversation).hasNoViolations();
 *   softly.assertThat(scorecard).hasScoreAtLeast("questions", 60);
 * });
 * </pre>
 *
 * <p>Also works with AssertJ's {@code SoftAssertionsExtension} ({@code @InjectSoftAssertions}),
 * which calls {@code assertAll()} after each test. Not thread-safe: one instance per test.
 */
public class StagecraftSoftAssertions extends AbstractSoftAssertions
    implements StagecraftSoftAssertionsProvider {

  /** An empty collector; check with {@link #assertAll()} at the end. */
  public StagecraftSoftAssertions() {}

  /**
   * Runs {@code softly} with a fresh instance, then reports every failure it collected.
   *
   * @throws AssertionError listing every failed check, if any failed
   */
  public static void assertSoftly(Consumer<StagecraftSoftAssertions> softly) {
    SoftAssertionsProvider.assertSoftly(StagecraftSoftAssertions.class, softly);
  }
}
