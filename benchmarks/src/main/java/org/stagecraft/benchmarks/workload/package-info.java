/**
 * The shared workload of the peer comparison: the stages and cues of a sales call, the rules in
 * their plainest form, and 1,000 pre-generated calls of 200 events from a fixed seed that every
 * implementation folds, so all of them do the same work and must reach the same outcomes.
 */
@NullMarked
package org.stagecraft.benchmarks.workload;

import org.jspecify.annotations.NullMarked;
