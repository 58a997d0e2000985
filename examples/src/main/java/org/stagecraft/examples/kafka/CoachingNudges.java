package org.stagecraft.examples.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.stagecraft.event.Utterance;
import org.stagecraft.kafka.EventJson;
import org.stagecraft.kafka.EventRecord;
import org.stagecraft.kafka.StagecraftTopology;

/**
 * Live coaching from a Kafka topic: reads utterance events (keyed by call id) from {@code
 * stagecraft-events}, classifies them with the default English rules, and prints a nudge for every
 * rule the seller breaks, as it happens. Needs a running broker; docs/scale-out.md gives the
 * commands to start one and to create the topics.
 *
 * <pre>
 * ./mvnw -q -B -pl examples -am compile exec:java \
 *     -Dexec.mainClass=org.stagecraft.examples.kafka.CoachingNudges -Dexec.args="localhost:9092"
 * # in another terminal, a short call that closes too early:
 * ./mvnw -q -B -pl examples -am compile exec:java \
 *     -Dexec.mainClass=org.stagecraft.examples.kafka.CoachingNudges \
 *     -Dexec.args="localhost:9092 --send-demo-call"
 * </pre>
 */
public final class CoachingNudges {
  private static final ObjectMapper JSON = new ObjectMapper();

  private CoachingNudges() {}

  /** Runs the topology until Ctrl-C, or sends the demo call with {@code --send-demo-call}. */
  public static void main(String[] args) throws InterruptedException {
    String bootstrap = args.length > 0 ? args[0] : "localhost:9092";
    if (args.length > 1 && args[1].equals("--send-demo-call")) {
      sendDemoCall(bootstrap);
      return;
    }
    // The host's own topology: here, one stream that prints the coaching topic.
    StreamsBuilder host = new StreamsBuilder();
    host.stream(StagecraftTopology.COACHING, Consumed.with(Serdes.String(), Serdes.String()))
        .foreach(CoachingNudges::print);
    // Stagecraft joins it in one line, with its defaults (see StagecraftTopology).
    Topology topology = StagecraftTopology.builder().addTo(host.build());

    Properties config = new Properties();
    config.put(StreamsConfig.APPLICATION_ID_CONFIG, "stagecraft-coaching-example");
    config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    KafkaStreams streams = new KafkaStreams(topology, config);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      streams.close();
      stopped.countDown();
    }));
    streams.start();
    System.out.println("Listening on " + StagecraftTopology.EVENTS + " at " + bootstrap
        + "; coaching nudges appear below. Ctrl-C to stop.");
    stopped.await();
  }

  private static void print(String call, String violationJson) {
    try {
      JsonNode violation = JSON.readTree(violationJson);
      System.out.println("[" + call + "] nudge: " + violation.get("message").asText());
    } catch (IOException e) {
      System.out.println("[" + call + "] unreadable coaching record: " + e.getMessage());
    }
  }

  private static void sendDemoCall(String bootstrap) {
    Properties config = new Properties();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    List<Utterance> call = List.of(
        Utterance.seller("Thanks for making the time today."),
        Utterance.seller("What made you start looking at this now?"),
        Utterance.prospect("Our renewals keep slipping and it costs us customers."),
        Utterance.seller("Would you like to move forward with the annual plan?"));
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
      for (Utterance utterance : call) {
        producer.send(new ProducerRecord<>(StagecraftTopology.EVENTS, "demo-call-1",
            EventJson.write(EventRecord.of(utterance))));
      }
      // The line hangs up: the call's final scorecard goes to the scorecards topic.
      producer.send(new ProducerRecord<>(StagecraftTopology.EVENTS, "demo-call-1",
          EventJson.write(EventRecord.callEnded())));
    }
    System.out.println("Sent " + call.size() + " utterances of demo-call-1, then its end, to "
        + StagecraftTopology.EVENTS);
  }
}
