/**
 * Extension points: {@link org.stagecraft.spi.SignalClassifier} turns an utterance into signals.
 * Hosts plug in their own (for example one backed by a language model) in place of the default
 * English rules.
 */
@NullMarked
package org.stagecraft.spi;

import org.jspecify.annotations.NullMarked;
