package org.stagecraft.kafka;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.kafka.common.serialization.Serializer;
import org.stagecraft.Conversation;
import org.stagecraft.Shortfall;
import org.stagecraft.StageChange;
import org.stagecraft.Violation;
import org.stagecraft.score.Score;
import org.stagecraft.score.Scorecard;

/**
 * The JSON written to the output topics, keyed by the conversation id. None of it holds utterance
 * text.
 *
 * <pre>
 * stage change: {"from":"RAPPORT","to":"DISCOVERY","event":1}
 * violation:    {"rule":"EXIT_CRITERIA_NOT_MET","event":7,"stage":"DISCOVERY",
 *                "attempted":"CLOSE","signal":"ASKED_FOR_SALE","by":"seller",
 *                "missing":["goal (prospect)","open question (seller): 2 of 3"],
 *                "message":"close attempted (asked for sale by the seller) before ..."}
 * scorecard:    {"events":12,"stage":"DISCOVERY","ended":false,"overall":61,"band":"ok",
 *                "violations":1,"scores":[{"id":"questions","value":62,"band":"ok",
 *                "explanation":"...","tip":"..."}, ...],"tips":["...", "..."]}
 * </pre>
 *
 * <p>{@code signal} and {@code by} are null for a violation made by a stage request; {@code band}
 * is {@code unmeasured} when nothing could be measured yet; {@code tips} are the scorecard's top
 * three. Stateless and thread-safe.
 */
public final class OutputJson {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final int TOP_TIPS = 3;
  // The scorecard's names, encoded once: a scorecard writes each up to nine times.
  private static final SerializedString ID = new SerializedString("id");
  private static final SerializedString VALUE = new SerializedString("value");
  private static final SerializedString BAND = new SerializedString("band");
  private static final SerializedString EXPLANATION = new SerializedString("explanation");
  private static final SerializedString TIP = new SerializedString("tip");
  /** Ids, band labels and tips: the same few texts in every scorecard. */
  private static final EncodedStrings CONSTANTS = new EncodedStrings();

  private OutputJson() {}

  /** A stage change as JSON. */
  public static byte[] stageChange(StageChange change) {
    checkNotNull(change, "change");
    return write(json -> {
      json.writeStringField("from", change.from().name());
      json.writeStringField("to", change.to().name());
      json.writeNumberField("event", change.eventIndex());
    });
  }

  /** A violation as JSON. */
  public static byte[] violation(Violation violation) {
    checkNotNull(violation, "violation");
    return write(json -> {
      json.writeStringField("rule", violation.rule().name());
      json.writeNumberField("event", violation.eventIndex());
      json.writeStringField("stage", violation.stage().name());
      json.writeStringField("attempted", violation.attempted().name());
      json.writeStringField("signal",
          violation.signal() == null ? null : violation.signal().name());
      json.writeStringField("by", violation.by() == null ? null : EventJson.name(violation.by()));
      json.writeArrayFieldStart("missing");
      for (Shortfall shortfall : violation.missing()) {
        json.writeString(shortfall.describe());
      }
      json.writeEndArray();
      json.writeStringField("message", violation.message());
    });
  }

  /** A scorecard as JSON. */
  public static byte[] scorecard(Scorecard card) {
    checkNotNull(card, "card");
    Conversation conversation = card.conversation();
    return write(json -> {
      json.writeNumberField("events", conversation.eventCount());
      json.writeStringField("stage", conversation.stage().name());
      json.writeBooleanField("ended", conversation.isEnded());
      json.writeNumberField("overall", card.overall());
      json.writeStringField("band", card.overallBand().label());
      json.writeNumberField("violations", conversation.summary().violations());
      json.writeArrayFieldStart("scores");
      for (Score score : card.scores()) {
        json.writeStartObject();
        json.writeFieldName(ID);
        writeConstant(json, score.id());
        json.writeFieldName(VALUE);
        json.writeNumber(score.value());
        json.writeFieldName(BAND);
        writeConstant(json, score.band().label());
        json.writeFieldName(EXPLANATION);
        json.writeString(score.explanation());
        json.writeFieldName(TIP);
        writeConstant(json, score.tip());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("tips");
      for (String tip : card.topTips(TOP_TIPS)) {
        writeConstant(json, tip);
      }
      json.writeEndArray();
    });
  }

  /** A Kafka serializer for stage changes. */
  public static Serializer<StageChange> stageChangeSerializer() {
    return (topic, change) -> change == null ? null : stageChange(change);
  }

  /** A Kafka serializer for violations. */
  public static Serializer<Violation> violationSerializer() {
    return (topic, violation) -> violation == null ? null : violation(violation);
  }

  /** A Kafka serializer for scorecards. */
  public static Serializer<Scorecard> scorecardSerializer() {
    return (topic, card) -> card == null ? null : scorecard(card);
  }

  @FunctionalInterface
  private interface Fields {
    void write(JsonGenerator json) throws IOException;
  }

  /** Writes {@code text}, encoded once when it is one of the texts every scorecard repeats. */
  private static void writeConstant(JsonGenerator json, String text) throws IOException {
    SerializedString encoded = CONSTANTS.seen(text);
    if (encoded == null) {
      json.writeString(text);
    } else {
      json.writeString(encoded);
    }
  }

  private static byte[] write(Fields fields) {
    RecordBytes out = new RecordBytes();
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.writeStartObject();
      fields.write(json);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return out.bytes();
  }
}
