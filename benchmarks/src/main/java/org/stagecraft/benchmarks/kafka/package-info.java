/**
 * What Stagecraft's Kafka Streams processor adds to Kafka Streams' own per-record cost, measured
 * against a pass-through topology of the same shape: in a TopologyTestDriver, and in a running
 * application against a broker in the same process.
 */
@NullMarked
package org.stagecraft.benchmarks.kafka;

import org.jspecify.annotations.NullMarked;
