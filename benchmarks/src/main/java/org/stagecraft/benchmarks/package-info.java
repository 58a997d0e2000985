/**
 * JMH benchmarks, one scenario per class with {@code @Param} over the implementations of {@link
 * org.stagecraft.benchmarks.contenders}, and {@link org.stagecraft.benchmarks.Footprint} for
 * retained memory. Figures and commands: docs/benchmarks.md.
 */
@NullMarked
package org.stagecraft.benchmarks;

import org.jspecify.annotations.NullMarked;
