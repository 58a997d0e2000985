package org.stagecraft.kafka;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.metadata.storage.Formatter;

/**
 * A single-node Kafka broker in this process, in KRaft combined mode (broker and controller in one
 * server), as {@code kafka-storage format} and {@code kafka-server-start} would set it up: the
 * storage is formatted with Kafka's {@link Formatter}, then a {@link KafkaRaftServer} starts on it.
 * (Kafka's own test kit, {@code KafkaClusterTestKit}, needs the kafka-clients test jar, which is
 * not published for 4.4.0.) It listens on two free ports of 127.0.0.1 only, keeps its data in a
 * temporary directory that {@link #close()} deletes, and sets the replication of its internal
 * topics to one. Not thread-safe: start and close it from one thread; clients may use it from any.
 * Public for the benchmarks module, which takes it from this module's test jar.
 */
public final class EmbeddedBroker implements AutoCloseable {
  private static final String CONTROLLER = "CONTROLLER";
  private static final int NODE = 1;
  private static final int BIND_ATTEMPTS = 3;

  private final Path dir;
  private final KafkaRaftServer server;
  private final String bootstrapServers;

  private EmbeddedBroker(Path dir, KafkaRaftServer server, String bootstrapServers) {
    this.dir = dir;
    this.server = server;
    this.bootstrapServers = bootstrapServers;
  }

  /**
   * Formats a new temporary directory and starts a broker on it; returns once the broker answers
   * an admin request.
   *
   * @throws Exception if formatting or startup fails, or the broker does not answer in a minute
   */
  public static EmbeddedBroker start() throws Exception {
    // A free port is found, released, then bound by the broker: another process on a shared
    // machine may take it in between, so a bind failure is retried on new ports.
    for (int attempt = 1; ; attempt++) {
      try {
        return startOnce();
      } catch (Exception e) {
        if (attempt == BIND_ATTEMPTS || !causedByBind(e)) {
          throw e;
        }
      }
    }
  }

  private static boolean causedByBind(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BindException) {
        return true;
      }
    }
    return false;
  }

  private static EmbeddedBroker startOnce() throws Exception {
    Path dir = Files.createTempDirectory("stagecraft-broker");
    try {
      int brokerPort = freePort();
      int controllerPort = freePort();
      String bootstrap = "127.0.0.1:" + brokerPort;
      Properties props = new Properties();
      props.put("process.roles", "broker,controller");
      props.put("node.id", Integer.toString(NODE));
      props.put("controller.quorum.voters", NODE + "@127.0.0.1:" + controllerPort);
      props.put("controller.listener.names", CONTROLLER);
      props.put("listeners",
          "PLAINTEXT://" + bootstrap + "," + CONTROLLER + "://127.0.0.1:" + controllerPort);
      props.put("advertised.listeners", "PLAINTEXT://" + bootstrap);
      props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER
          + ":PLAINTEXT");
      props.put("inter.broker.listener.name", "PLAINTEXT");
      props.put("log.dirs", dir.toString());
      props.put("auto.create.topics.enable", "false");
      // One node: every internal topic has one replica; few partitions keep startup short.
      props.put("offsets.topic.replication.factor", "1");
      props.put("offsets.topic.num.partitions", "1");
      props.put("transaction.state.log.replication.factor", "1");
      props.put("transaction.state.log.min.isr", "1");
      props.put("transaction.state.log.num.partitions", "1");
      props.put("share.coordinator.state.topic.replication.factor", "1");
      props.put("share.coordinator.state.topic.min.isr", "1");
      // No wait for more members before the first rebalance: each benchmark app is alone.
      props.put("group.initial.rebalance.delay.ms", "0");
      KafkaConfig config = KafkaConfig.fromProps(props, false);
      try (PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true,
          StandardCharsets.UTF_8)) {
        new Formatter()
            .setPrintStream(quiet)
            .setNodeId(NODE)
            .setClusterId(Uuid.randomUuid().toString())
            .setControllerListenerName(CONTROLLER)
            .setMetadataLogDirectory(dir.toString())
            .setDirectories(List.of(dir.toString()))
            .run();
      }
      KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
      try {
        server.startup();
      } catch (RuntimeException e) {
        server.shutdown(); // stops what did start, so no thread outlives the failure
        throw e;
      }
      EmbeddedBroker broker = new EmbeddedBroker(dir, server, bootstrap);
      try (Admin admin = broker.admin()) {
        admin.describeCluster().nodes().get(1, TimeUnit.MINUTES);
      } catch (Exception e) {
        broker.close();
        throw e;
      }
      return broker;
    } catch (Exception e) {
      Utils.delete(dir.toFile());
      throw e;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** The address clients connect to. */
  public String bootstrapServers() {
    return bootstrapServers;
  }

  /** A new admin client of this broker; the caller closes it. */
  public Admin admin() {
    return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
  }

  /** Stops the broker and deletes its data. */
  @Override
  public void close() throws IOException {
    try {
      server.shutdown();
      server.awaitShutdown();
    } finally {
      Utils.delete(dir.toFile());
    }
  }
}
