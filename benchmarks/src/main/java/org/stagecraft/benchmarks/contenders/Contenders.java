package org.stagecraft.benchmarks.contenders;

import com.google.common.collect.ImmutableList;
import org.stagecraft.benchmarks.workload.Workload;

/** The implementations by benchmark name. */
public final class Contenders {
  /** Every name, baseline first; the benchmarks' {@code @Param} lists repeat these. */
  public static final ImmutableList<String> NAMES = ImmutableList.of("baseline", "stagecraft",
      "stagecraft-builder", "stagecraft-consultative", "stateless4j", "cola", "squirrel",
      "spring");

  private Contenders() {}

  /**
   * The implementation called {@code name}, prepared for {@code workload}.
   *
   * @throws IllegalArgumentException if no implementation has that name
   */
  public static Contender create(String name, Workload workload) {
    return switch (name) {
      case "baseline" -> new SwitchBaseline(workload);
      case "stagecraft" -> StagecraftContender.workloadRules(workload);
      case "stagecraft-builder" -> new StagecraftBuilderContender(workload);
      case "stagecraft-consultative" -> StagecraftContender.consultative(workload);
      case "stateless4j" -> new Stateless4jContender(workload);
      case "cola" -> new ColaContender(workload);
      case "squirrel" -> new SquirrelContender(workload);
      case "spring" -> new SpringContender(workload);
      default -> throw new IllegalArgumentException(
          "no implementation called '" + name + "'; the implementations are " + NAMES);
    };
  }

  /**
   * The implementation called {@code name}, after checking that it ends every call of {@code
   * workload} as the baseline does.
   *
   * @throws IllegalArgumentException if no implementation has that name
   * @throws IllegalStateException if it ends a call differently (see {@link EqualOutcomes})
   */
  public static Contender checked(String name, Workload workload) {
    Contender contender = create(name, workload);
    EqualOutcomes.check(contender, new SwitchBaseline(workload), workload);
    return contender;
  }
}
