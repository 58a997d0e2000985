package org.stagecraft.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The phrases of a prospect taking a time the seller offered ("Thursday works", "tomorrow at ten
 * please", "ten's fine", "monday it is"): every day or part of a day, or clock hour, followed by
 * a word of acceptance. Built once as a cross product rather than written out by hand.
 */
final class TimesTaken {
  private static final List<String> DAYS = List.of("monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "tomorrow", "tonight", "morning", "afternoon",
      "evening");
  private static final List<String> HOURS = List.of("one", "two", "three", "four", "five",
      "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "noon", "thirty");
  /** What may follow a day: "works", "'s good", "it is"... */
  private static final List<String> AFTER_A_DAY = List.of(" works", "'s good", " is good",
      "'s fine", " is fine", "'s best", " is best", "'s perfect", " is perfect", " it is",
      " please", " suits", " sounds good", "'s great", " is great");
  /** What may follow a clock hour: fewer, as a bare number is often something else. */
  private static final List<String> AFTER_AN_HOUR = List.of(" works", "'s fine", " is fine",
      "'s good", " it is", " please");

  private TimesTaken() {}

  static String[] phrases() {
    List<String> phrases = new ArrayList<>();
    for (String day : DAYS) {
      for (String after : AFTER_A_DAY) {
        phrases.add(day + after);
      }
    }
    for (String hour : HOURS) {
      for (String after : AFTER_AN_HOUR) {
        phrases.add(hour + after);
      }
    }
    return phrases.toArray(new String[0]);
  }
}
