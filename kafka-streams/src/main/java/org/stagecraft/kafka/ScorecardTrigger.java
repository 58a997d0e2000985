package org.stagecraft.kafka;

/**
 * When the processor writes a conversation's scorecard to the scorecards topic. Scoring a live
 * conversation costs the same after every event however long the call (docs/scoring.md), but a
 * scorecard is the largest output record, so hosts that only need the final picture can write
 * fewer.
 */
public enum ScorecardTrigger {
  /** After every record of the events topic that was applied. */
  EVERY_RECORD,
  /** After a record that changed the stage; the move into a terminal stage is one of these. */
  ON_STAGE_CHANGE,
  /** Never: the topology writes stage changes and violations only. */
  NEVER
}
