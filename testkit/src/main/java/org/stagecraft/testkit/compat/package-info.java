/**
 * Compatibility tests for the extension points: extend {@link
 * org.stagecraft.testkit.compat.ScorerCompatibilityTest} or {@link
 * org.stagecraft.testkit.compat.SignalClassifierCompatibilityTest} with your implementation and
 * JUnit 5 runs every check the SPI's contract asks for.
 */
@NullMarked
package org.stagecraft.testkit.compat;

import org.jspecify.annotations.NullMarked;
