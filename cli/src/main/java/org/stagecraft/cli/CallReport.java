package org.stagecraft.cli;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import org.stagecraft.Conversation;
import org.stagecraft.StageEntry;
import org.stagecraft.score.Scorecard;
import org.stagecraft.text.ClassifiedTranscript;
import org.stagecraft.text.Transcript;

/**
 * One scored call: the transcript with its signals, and the scorecard of the conversation they
 * made. Every report format renders from this.
 *
 * @param path the file as given on the command line
 * @param classified the transcript and the signals found in each turn
 * @param scorecard the scores of the conversation
 */
record CallReport(Path path, ClassifiedTranscript classified, Scorecard scorecard) {

  Transcript transcript() {
    return classified.transcript();
  }

  Conversation conversation() {
    return scorecard.conversation();
  }

  /** The turn (utterance index) that caused engine event {@code eventIndex}. */
  int utteranceOf(int eventIndex) {
    return classified.turnOf(eventIndex);
  }

  /** Where each stage began, as the utterance that moved the conversation into it. */
  ImmutableList<StageSpan> stages() {
    ImmutableList<StageEntry> history = conversation().history();
    int turns = transcript().turns().size();
    ImmutableList.Builder<StageSpan> spans = ImmutableList.builder();
    for (int i = 0; i < history.size(); i++) {
      StageEntry entry = history.get(i);
      int from = i == 0 || turns == 0 ? 0 : utteranceOf(entry.eventIndex());
      int to = i + 1 < history.size() ? utteranceOf(history.get(i + 1).eventIndex()) : turns;
      spans.add(new StageSpan(entry.stage().name(), from, to));
    }
    return spans.build();
  }

  /** A stage and the utterances spent in it: from {@code first} up to, not including, {@code end}. */
  record StageSpan(String stage, int first, int end) {}
}
