package org.stagecraft.benchmarks.kafka;

import java.util.Arrays;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.stagecraft.kafka.EventJson;

/**
 * The baseline: what a minimal stateful Kafka Streams application does with the same records. It
 * reads the event with the same JSON reader, keeps a per-key value that grows by two bytes a
 * record (the size of a Stagecraft snapshot entry) in the same kind of store, and forwards the
 * record unchanged to one sink.
 */
final class PassThroughProcessor implements Processor<String, byte[], String, byte[]> {
  static final String STORE = "pass-through-store";

  private ProcessorContext<String, byte[]> context;
  private KeyValueStore<String, byte[]> store;

  @Override
  public void init(ProcessorContext<String, byte[]> context) {
    this.context = context;
    this.store = context.getStateStore(STORE);
  }

  @Override
  public void process(Record<String, byte[]> record) {
    EventJson.read(record.value());
    byte[] before = store.get(record.key());
    byte[] after = before == null ? new byte[2] : Arrays.copyOf(before, before.length + 2);
    store.put(record.key(), after);
    context.forward(record);
  }
}
