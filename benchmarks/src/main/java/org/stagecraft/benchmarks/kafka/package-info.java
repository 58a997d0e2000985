/**
 * What Stagecraft's Kafka Streams processor adds to Kafka Streams' own per-record cost, measured
 * in a TopologyTestDriver against a pass-through topology of the same shape.
 */
@NullMarked
package org.stagecraft.benchmarks.kafka;

import org.jspecify.annotations.NullMarked;
