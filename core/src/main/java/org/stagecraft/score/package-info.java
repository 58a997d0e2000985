/**
 * Explainable scores of a conversation: the {@link org.stagecraft.score.Scorer} SPI, the built-in
 * scorers of the consultative method ({@link org.stagecraft.score.Scorers}), and the {@link
 * org.stagecraft.score.Scorecard} that combines them with the playbook's weights.
 */
@NullMarked
package org.stagecraft.score;

import org.jspecify.annotations.NullMarked;
