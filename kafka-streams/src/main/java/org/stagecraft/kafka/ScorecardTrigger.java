package org.stagecraft.kafka;

/**
 * When the processor writes a conversation's scorecard to the scorecards topic. Scoring a live
 * conversation costs the same after every event however long the call (docs/scoring.md), but a
 * scorecard is the largest output record and the costliest step of the processor
 * (docs/benchmarks.md), so by default only the final one is written.
 *
 * <p>Every trigger but {@link #NEVER} also writes the scorecard on a {@link
 * EventRecord#callEnded()} record, so that a call that hangs up before a terminal stage still
 * gets its final scorecard; unless the processor has just written the scorecard of the
 * conversation as it stands (nothing happened since the move into a terminal stage, say, or,
 * with {@link #EVERY_RECORD}, since the last record). After a restart or a rebalance the
 * processor does not know that, and the end of the call writes the same scorecard again: a
 * duplicate, never a loss.
 */
public enum ScorecardTrigger {
  /** After every record of the events topic that was applied. */
  EVERY_RECORD,
  /**
   * After a record that changed the stage, for a live view in the course of the call; the move
   * into a terminal stage is one of these.
   */
  ON_STAGE_CHANGE,
  /**
   * The final scorecard only, the default: after the move into a terminal stage, and on the
   * call's end. A call that reaches no terminal stage gets its scorecard only from its {@link
   * EventRecord#callEnded()} record.
   */
  ON_CALL_END,
  /** Never: the topology writes stage changes and violations only. */
  NEVER;

  /** Whether a record that was applied, and moved the stage or not, is followed by a scorecard. */
  boolean after(boolean moved, boolean ended) {
    return switch (this) {
      case EVERY_RECORD -> true;
      case ON_STAGE_CHANGE -> moved;
      case ON_CALL_END -> moved && ended;
      case NEVER -> false;
    };
  }

  /** Whether the end of a call ({@link EventRecord#callEnded()}) is followed by a scorecard. */
  boolean atCallEnd() {
    return this != NEVER;
  }
}
