/**
 * Stagecraft on Kafka Streams: one conversation per key (the conversation id) kept as a snapshot
 * in a state store, events applied with the playbook as they arrive, and stage changes,
 * violations (live coaching) and scorecards written to output topics. {@link
 * org.stagecraft.kafka.StagecraftTopology} wires it into a topology; {@link
 * org.stagecraft.kafka.EventJson} documents the event format.
 */
@NullMarked
package org.stagecraft.kafka;

import org.jspecify.annotations.NullMarked;
