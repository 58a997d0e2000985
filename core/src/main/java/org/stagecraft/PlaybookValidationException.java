package org.stagecraft;

import com.google.common.collect.ImmutableList;

/**
 * Thrown by {@link PlaybookBuilder#build()} when the playbook is not valid: unknown stages or
 * signals, unreachable stages, dead ends, or a broken ordering rule. Lists every problem found,
 * each naming the stage, transition or path at fault.
 */
public final class PlaybookValidationException extends StagecraftException {
  private static final long serialVersionUID = 1L;

  private final String playbook;
  private final ImmutableList<String> problems;

  PlaybookValidationException(String playbook, ImmutableList<String> problems) {
    super(
        "playbook '" + playbook + "' is not valid (" + problems.size() + " problem"
            + (problems.size() == 1 ? "" : "s") + "):\n  - " + String.join("\n  - ", problems));
    this.playbook = playbook;
    this.problems = problems;
  }

  /** The name of the playbook that failed. */
  public String playbook() {
    return playbook;
  }

  /** Every problem found, in a stable order. */
  public ImmutableList<String> problems() {
    return problems;
  }
}
