package org.stagecraft.kafka;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.stagecraft.Signal;
import org.stagecraft.SpeakerRole;
import org.stagecraft.Stage;
import org.stagecraft.event.ConversationEvent;
import org.stagecraft.event.ObservedSignal;
import org.stagecraft.event.StageRequest;
import org.stagecraft.event.Touch;
import org.stagecraft.event.Utterance;

/**
 * The JSON form of an {@link EventRecord}: one UTF-8 object per record, keyed by the conversation
 * id. Five types, told apart by {@code type}:
 *
 * <pre>
 * {"type":"utterance","role":"seller","text":"What made you look at this now?",
 *  "startMs":0,"endMs":2400,"signals":["OPEN_QUESTION"]}
 * {"type":"signal","signal":"PAIN","by":"prospect","evidence":"renewals keep slipping"}
 * {"type":"stage-request","stage":"DIAGNOSIS"}
 * {"type":"touch","channel":"email","direction":"seller-to-prospect","answered":false}
 * {"type":"call-ended"}
 * </pre>
 *
 * <p>{@code startMs}/{@code endMs} (offsets from the call's start, both or neither) and {@code
 * signals} are optional; an utterance without {@code signals} is classified by the processor.
 * {@code evidence} is optional. Roles, channels and directions are read in any case, with {@code -}
 * or {@code _}; signals and stages are upper snake case names. Every other field is refused, so a
 * misspelt one is an error instead of a silent default.
 *
 * <p>Stateless and thread-safe.
 */
public final class EventJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int MAX_QUOTED = 40;

  private static final ImmutableSet<String> UTTERANCE_FIELDS =
      ImmutableSet.of("type", "role", "text", "startMs", "endMs", "signals");
  private static final ImmutableSet<String> SIGNAL_FIELDS =
      ImmutableSet.of("type", "signal", "by", "evidence");
  private static final ImmutableSet<String> STAGE_FIELDS = ImmutableSet.of("type", "stage");
  private static final ImmutableSet<String> CALL_ENDED_FIELDS = ImmutableSet.of("type");
  private static final ImmutableSet<String> TOUCH_FIELDS =
      ImmutableSet.of("type", "channel", "direction", "answered");

  private EventJson() {}

  /**
   * Reads one event record.
   *
   * @throws NullPointerException if {@code bytes} is null
   * @throws BadRecordException if the bytes are not a JSON object of one of the five types, with
   *     its fields present and valid; the message names the field and what was expected
   */
  public static EventRecord read(byte[] bytes) {
    checkNotNull(bytes, "bytes");
    JsonNode node;
    try {
      node = MAPPER.readTree(bytes);
    } catch (JsonProcessingException e) {
      // Jackson's own message may quote the input, which can be transcript text: give the place.
      JsonLocation at = e.getLocation();
      throw new BadRecordException("not a JSON event: malformed JSON"
          + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()), e);
    } catch (IOException e) {
      throw new BadRecordException("not a JSON event: it cannot be read", e);
    }
    if (node == null || !node.isObject()) {
      throw new BadRecordException("an event must be a JSON object, found "
          + (node == null ? "no content" : node.getNodeType().name().toLowerCase(Locale.ROOT)));
    }
    String type = text(node, "type");
    return switch (type) {
      case "utterance" -> utterance(node);
      case "signal" -> {
        only(node, SIGNAL_FIELDS, type);
        yield EventRecord.of(new ObservedSignal(signal(node.get("signal"), "signal"),
            choice(node, "by", SpeakerRole.class), optionalText(node, "evidence")));
      }
      case "stage-request" -> {
        only(node, STAGE_FIELDS, type);
        yield EventRecord.of(StageRequest.to(stage(node)));
      }
      case "touch" -> {
        only(node, TOUCH_FIELDS, type);
        JsonNode answered = node.get("answered");
        if (answered == null || !answered.isBoolean()) {
          throw new BadRecordException("field 'answered' of a touch must be true or false");
        }
        yield EventRecord.of(new Touch(choice(node, "channel", Touch.Channel.class),
            choice(node, "direction", Touch.Direction.class), answered.booleanValue()));
      }
      case "call-ended" -> {
        only(node, CALL_ENDED_FIELDS, type);
        yield EventRecord.callEnded();
      }
      default -> throw new BadRecordException("field 'type' must be one of utterance, signal, "
          + "stage-request, touch, call-ended: found " + quote(type));
    };
  }

  /**
   * Writes one event record in the form {@link #read} reads.
   *
   * @throws NullPointerException if {@code record} is null
   */
  public static byte[] write(EventRecord record) {
    checkNotNull(record, "record");
    ByteArrayOutputStream out = new ByteArrayOutputStream(128);
    try (JsonGenerator json = MAPPER.getFactory().createGenerator(out)) {
      json.writeStartObject();
      ConversationEvent event = record.event();
      if (event instanceof Utterance u) {
        json.writeStringField("type", "utterance");
        json.writeStringField("role", name(u.role()));
        json.writeStringField("text", u.text());
        if (u.isTimed()) {
          json.writeNumberField("startMs", u.start().toMillis());
          json.writeNumberField("endMs", u.end().toMillis());
        }
        ImmutableList<Signal> signals = record.signals();
        if (signals != null) {
          json.writeArrayFieldStart("signals");
          for (Signal s : signals) {
            json.writeString(s.name());
          }
          json.writeEndArray();
        }
      } else if (event instanceof ObservedSignal s) {
        json.writeStringField("type", "signal");
        json.writeStringField("signal", s.signal().name());
        json.writeStringField("by", name(s.by()));
        if (s.evidence() != null) {
          json.writeStringField("evidence", s.evidence());
        }
      } else if (event instanceof StageRequest r) {
        json.writeStringField("type", "stage-request");
        json.writeStringField("stage", r.target().name());
      } else if (event instanceof Touch t) {
        json.writeStringField("type", "touch");
        json.writeStringField("channel", name(t.channel()));
        json.writeStringField("direction", name(t.direction()));
        json.writeBooleanField("answered", t.answered());
      } else if (record.isCallEnded()) {
        json.writeStringField("type", "call-ended");
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return out.toByteArray();
  }

  private static EventRecord utterance(JsonNode node) {
    only(node, UTTERANCE_FIELDS, "utterance");
    SpeakerRole role = choice(node, "role", SpeakerRole.class);
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual()) {
      throw new BadRecordException("field 'text' of an utterance must be a string (may be empty)");
    }
    Duration start = millis(node, "startMs");
    Duration end = millis(node, "endMs");
    if ((start == null) != (end == null)) {
      throw new BadRecordException("give both 'startMs' and 'endMs' of an utterance, or neither");
    }
    Utterance utterance;
    try {
      utterance = new Utterance(role, text.textValue(), start, end);
    } catch (IllegalArgumentException e) {
      throw new BadRecordException("invalid utterance times: " + e.getMessage(), e);
    }
    JsonNode signals = node.get("signals");
    if (signals == null) {
      return EventRecord.of(utterance);
    }
    if (!signals.isArray()) {
      throw new BadRecordException("field 'signals' of an utterance must be an array of names");
    }
    ImmutableList.Builder<Signal> found = ImmutableList.builder();
    for (JsonNode s : signals) {
      found.add(signal(s, "signals"));
    }
    return EventRecord.classified(utterance, found.build());
  }

  private static void only(JsonNode node, ImmutableSet<String> allowed, String type) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw new BadRecordException("unknown field " + quote(name) + " in a " + type
            + " event; its fields are " + String.join(", ", allowed));
      }
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new BadRecordException("field '" + field + "' must be a string"
          + (value == null ? ", but it is missing" : ""));
    }
    return value.textValue();
  }

  private static @Nullable String optionalText(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    return text(node, field);
  }

  private static Signal signal(@Nullable JsonNode value, String field) {
    if (value == null || !value.isTextual()) {
      throw new BadRecordException("field '" + field + "' must hold signal names (strings)");
    }
    try {
      return Signal.of(value.textValue());
    } catch (IllegalArgumentException e) {
      throw new BadRecordException("field '" + field + "': " + quote(value.textValue())
          + " is not a signal name (upper snake case, e.g. OPEN_QUESTION)", e);
    }
  }

  private static Stage stage(JsonNode node) {
    String name = text(node, "stage");
    try {
      return Stage.of(name);
    } catch (IllegalArgumentException e) {
      throw new BadRecordException("field 'stage': " + quote(name)
          + " is not a stage name (upper snake case, e.g. DISCOVERY)", e);
    }
  }

  private static <E extends Enum<E>> E choice(JsonNode node, String field, Class<E> type) {
    String value = text(node, field);
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      StringBuilder names = new StringBuilder();
      for (E constant : type.getEnumConstants()) {
        names.append(names.length() == 0 ? "" : ", ").append(name(constant));
      }
      throw new BadRecordException("field '" + field + "' must be one of " + names + ": found "
          + quote(value), e);
    }
  }

  private static @Nullable Duration millis(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.canConvertToLong() || !value.isIntegralNumber() || value.longValue() < 0
        || value.longValue() > Utterance.MAX_OFFSET.toMillis()) {
      throw new BadRecordException("field '" + field + "' must be a whole number of milliseconds "
          + "from 0 to " + Utterance.MAX_OFFSET.toMillis());
    }
    return Duration.ofMillis(value.longValue());
  }

  /** The wire name of an enum constant: lower case with hyphens. */
  static String name(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String quote(String value) {
    return "'" + (value.length() > MAX_QUOTED ? value.substring(0, MAX_QUOTED) + "…" : value) + "'";
  }
}
