/**
 * Stagecraft core: playbooks, the engine that enforces their ordering, conversations and snapshots.
 */
module org.stagecraft.core {
  requires transitive com.google.common;
  requires transitive org.jspecify;
  requires org.slf4j;

  exports org.stagecraft;
  exports org.stagecraft.event;
  exports org.stagecraft.score;
  exports org.stagecraft.text;
  exports org.stagecraft.spi;
}
