package org.stagecraft.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NumbersTest {
  @Test
  void rounds_half_up_like_a_person_reading_the_decimal() {
    assertThat(Numbers.whole(42.5)).isEqualTo("43");
    assertThat(Numbers.whole(0.49)).isEqualTo("0");
    assertThat(Numbers.oneDecimal(0.64)).isEqualTo("0.6");
    assertThat(Numbers.oneDecimal(0.15)).isEqualTo("0.2");
    assertThat(Numbers.oneDecimal(12.0)).isEqualTo("12.0");
    assertThat(Numbers.percent(0.425)).isEqualTo("43%");
    assertThat(Numbers.percent(1.0)).isEqualTo("100%");
  }

  /** The ratios scorers write (counts over counts), against exact decimal rounding. */
  @Test
  void agrees_with_exact_decimal_rounding_on_ratios_of_counts() {
    Random random = new Random(20261127);
    for (int i = 0; i < 100_000; i++) {
      double ratio = (double) random.nextInt(5_000) / (1 + random.nextInt(2_000));
      BigDecimal exact = new BigDecimal(Double.toString(ratio));
      assertThat(Numbers.whole(ratio)).as("whole(%s)", ratio)
          .isEqualTo(exact.setScale(0, RoundingMode.HALF_UP).toPlainString());
      assertThat(Numbers.oneDecimal(ratio)).as("oneDecimal(%s)", ratio)
          .isEqualTo(exact.setScale(1, RoundingMode.HALF_UP).toPlainString());
    }
  }
}
