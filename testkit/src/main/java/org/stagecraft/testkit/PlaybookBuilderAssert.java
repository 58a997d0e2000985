package org.stagecraft.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;
import org.stagecraft.PlaybookBuilder;
import org.stagecraft.PlaybookValidationException;
import org.stagecraft.Stage;

/**
 * Assertions on a playbook definition: that {@link PlaybookBuilder#build()} verifies it, or
 * refuses it for the reasons expected (a problem naming a path, a stage, a signal). Reach it with
 * {@link StagecraftAssertions#assertThat(PlaybookBuilder)}. Each assertion builds the playbook
 * anew; a failure lists every problem verification found.
 *
 * <p>Not thread-safe, like the builder and every AssertJ assertion object. Not final so that
 * {@link StagecraftSoftAssertions} can collect its failures.
 */
public class PlaybookBuilderAssert extends AbstractAssert<PlaybookBuilderAssert, PlaybookBuilder> {

  /**
   * Starts assertions on {@code actual}; prefer {@link StagecraftAssertions#assertThat(
   * PlaybookBuilder)}.
   */
  public PlaybookBuilderAssert(@Nullable PlaybookBuilder actual) {
    super(actual, PlaybookBuilderAssert.class);
  }

  /** Verifies that the definition builds: every check of verification passes. */
  public PlaybookBuilderAssert verifies() {
    PlaybookValidationException refused = build();
    if (refused != null) {
      failWithMessage("%s", "Expecting playbook '" + refused.playbook() + "' to verify, but it "
          + "has " + problems(refused.problems()));
    }
    return this;
  }

  /**
   * Verifies that verification refuses the definition, and that for each of {@code fragments}
   * some problem contains it. With no fragments, any refusal will do.
   *
   * @throws NullPointerException if an argument is null
   */
  public PlaybookBuilderAssert failsVerificationWith(String... fragments) {
    List<String> wanted = List.of(checkNotNull(fragments, "fragments"));
    ImmutableList<String> problems = refusal();
    List<String> unmatched = wanted.stream()
        .filter(f -> problems.stream().noneMatch(p -> p.contains(f))).toList();
    if (!unmatched.isEmpty()) {
      failWithMessage("%s", "Expecting verification to report a problem containing:\n  "
          + String.join("\n  ", unmatched.stream().map(f -> "\"" + f + "\"").toList())
          + "\nbut it reported " + problems(problems));
    }
    return this;
  }

  /**
   * Verifies that verification refuses the definition because an ordering rule is broken by
   * exactly this path, from the start stage (as in {@code "is broken by the path A -> B ->
   * C:"}).
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if no stage is given
   */
  public PlaybookBuilderAssert failsVerificationOnPath(Stage... path) {
    checkNotNull(path, "path");
    checkArgument(path.length > 0, "name at least one stage");
    String route = Arrays.stream(path).map(Stage::name)
        .collect(Collectors.joining(" -> "));
    ImmutableList<String> problems = refusal();
    if (problems.stream().noneMatch(p -> p.contains("broken by the path " + route + ":"))) {
      failWithMessage("%s", "Expecting verification to report an ordering rule broken by the "
          + "path:\n  " + route + "\nbut it reported " + problems(problems));
    }
    return this;
  }

  private ImmutableList<String> refusal() {
    PlaybookValidationException refused = build();
    if (refused == null) {
      failWithMessage("Expecting verification to refuse the playbook, but it verified");
    }
    return checkNotNull(refused).problems();
  }

  private @Nullable PlaybookValidationException build() {
    isNotNull();
    try {
      actual.build();
      return null;
    } catch (PlaybookValidationException refused) {
      return refused;
    }
  }

  private static String problems(List<String> problems) {
    return problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + ":\n  - "
        + String.join("\n  - ", problems);
  }
}
