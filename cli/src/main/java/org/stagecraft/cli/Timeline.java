package org.stagecraft.cli;

import com.google.common.collect.ImmutableList;
import org.stagecraft.Playbook;
import org.stagecraft.Stage;
import org.stagecraft.Violation;

/**
 * The geometry of the report's stage timeline: the call's utterances left to right, a band per
 * stage, and a marker at each broken rule. Computed here so the template only places shapes.
 */
record Timeline(int width, int height, ImmutableList<Band> bands,
    ImmutableList<Marker> markers) {
  static final int WIDTH = 960;
  static final int BAND_Y = 8;
  static final int BAND_HEIGHT = 36;

  /** A stage's band: from {@code x}, {@code w} wide, starting at utterance {@code first}. */
  record Band(String stage, int first, int end, double x, double w, String color) {
    /** Whether the name fits inside the band; a narrow band keeps it in its tooltip only. */
    boolean labelFits() {
      return w >= stage.length() * 7.5 + 8; // about 7 px a character at the report's 12 px font
    }
  }

  /** A broken rule at utterance {@code utterance}. */
  record Marker(int utterance, double x, String rule, String message) {}

  static Timeline of(CallReport report) {
    Playbook playbook = report.conversation().playbook();
    int turns = Math.max(1, report.transcript().turns().size());
    double perTurn = (double) WIDTH / turns;
    ImmutableList.Builder<Band> bands = ImmutableList.builder();
    for (CallReport.StageSpan span : report.stages()) {
      if (span.end() <= span.first()) {
        continue; // left in the same utterance it was entered: nothing to draw
      }
      bands.add(new Band(span.stage(), span.first(), span.end(), span.first() * perTurn,
          Math.max(2, (span.end() - span.first()) * perTurn),
          StageColors.of(playbook, Stage.of(span.stage()))));
    }
    ImmutableList.Builder<Marker> markers = ImmutableList.builder();
    for (Violation v : report.scorecard().violations()) {
      int at = report.utteranceOf(v.eventIndex());
      markers.add(new Marker(at, (at + 0.5) * perTurn, v.rule().name(), v.message()));
    }
    return new Timeline(WIDTH, BAND_Y + BAND_HEIGHT + 24, bands.build(), markers.build());
  }

  int bandY() {
    return BAND_Y;
  }

  int bandHeight() {
    return BAND_HEIGHT;
  }

  int markerY() {
    return BAND_Y + BAND_HEIGHT + 12;
  }
}
