package org.stagecraft.benchmarks.kafka;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

/**
 * The CPU time, at one moment, of one Kafka Streams application in this process: its stream
 * thread, every JVM thread whose name holds the application's client id (the stream thread, its
 * producer's sender, the state updater, the admin client, the consumer's heartbeat when the group
 * id is the client id too), and the whole process (the broker, RocksDB's native threads, the
 * benchmark itself). Taken from any thread; immutable.
 *
 * @param streamThread CPU nanoseconds of the stream thread
 * @param appThreads CPU nanoseconds of each of the application's threads, by thread id
 * @param process CPU nanoseconds of the process
 * @param wall {@link System#nanoTime()} when taken
 */
record AppCpu(long streamThread, Map<Long, Long> appThreads, long process, long wall) {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  /**
   * The application {@code clientId}'s CPU time now.
   *
   * @throws IllegalStateException if its stream thread is not running
   */
  static AppCpu take(String clientId) {
    String streamThreadName = clientId + "-StreamThread-1";
    Map<Long, Long> app = new HashMap<>();
    long stream = -1;
    for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
      if (info == null || !info.getThreadName().contains(clientId)) {
        continue;
      }
      long cpu = THREADS.getThreadCpuTime(info.getThreadId());
      if (cpu < 0) {
        continue; // ended between the listing and now
      }
      app.put(info.getThreadId(), cpu);
      if (info.getThreadName().equals(streamThreadName)) {
        stream = cpu;
      }
    }
    if (stream < 0) {
      throw new IllegalStateException("no running thread named " + streamThreadName);
    }
    return new AppCpu(stream, Map.copyOf(app), OS.getProcessCpuTime(), System.nanoTime());
  }

  /**
   * The CPU time of the application's threads from {@code earlier} to this snapshot: threads
   * started in between count from zero; threads that ended in between are lost (none does while
   * the application runs).
   */
  long appThreadsSince(AppCpu earlier) {
    long sum = 0;
    for (Map.Entry<Long, Long> thread : appThreads.entrySet()) {
      sum += thread.getValue() - earlier.appThreads.getOrDefault(thread.getKey(), 0L);
    }
    return sum;
  }
}
