package org.stagecraft.score;

import org.jspecify.annotations.Nullable;
import org.stagecraft.SpeakerRole;
import org.stagecraft.Summary;
import org.stagecraft.TalkStats;

/**
 * The seller's share of the talk between seller and prospect: by time when every turn of both had
 * times, by words otherwise.
 *
 * @param seller the seller's share, 0 to 1
 * @param byTime whether time was used
 */
record TalkShare(double seller, boolean byTime) {

  /** The share, or null when neither side has said anything yet. */
  static @Nullable TalkShare of(Summary summary) {
    TalkStats seller = summary.talk(SpeakerRole.SELLER);
    TalkStats prospect = summary.talk(SpeakerRole.PROSPECT);
    long sellerMillis = seller.spoken().toMillis();
    long prospectMillis = prospect.spoken().toMillis();
    if (seller.fullyTimed() && prospect.fullyTimed() && sellerMillis + prospectMillis > 0) {
      return new TalkShare((double) sellerMillis / (sellerMillis + prospectMillis), true);
    }
    long total = seller.words() + prospect.words();
    return total == 0 ? null : new TalkShare((double) seller.words() / total, false);
  }

  String percent(double share) {
    return Numbers.percent(share);
  }

  String unit() {
    return byTime ? "talk time" : "words";
  }
}
