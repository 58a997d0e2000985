/**
 * The implementations compared on the shared workload: a hand-written switch (the baseline that
 * stands for the limit), Stagecraft through its public API, and the peer state-machine libraries,
 * each written the way its own documentation shows. {@link
 * org.stagecraft.benchmarks.contenders.EqualOutcomes} refuses any that ends a call differently
 * from the baseline.
 */
@NullMarked
package org.stagecraft.benchmarks.contenders;

import org.jspecify.annotations.NullMarked;
