package dev.podium.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class KnuthMorrisPrattTest {
  /** Agrees with String.indexOf on random texts over small alphabets, where borders are common. */
  @Test
  void findsWhatIndexOfFinds() {
    Random random = new Random(17);
    for (int run = 0; run < 20_000; run++) {
      String alphabet = "ab" + (random.nextBoolean() ? "c" : "");
      String text = random(random, alphabet, random.nextInt(40));
      String pattern =
          random.nextInt(3) == 0 && !text.isEmpty()
              ? slice(random, text)
              : random(random, alphabet, random.nextInt(6));
      assertThat(KnuthMorrisPratt.indexOf(text, pattern))
          .as("'%s' in '%s'", pattern, text)
          .isEqualTo(text.indexOf(pattern));
    }
  }

  @Test
  void answersOnARepetitiveTextOfHalfAMillionCharacters() {
    String text = "a".repeat(500_000) + "b";
    assertThat(KnuthMorrisPratt.indexOf(text, "a".repeat(50_000) + "c")).isEqualTo(-1);
    assertThat(KnuthMorrisPratt.indexOf(text, "a".repeat(50_000) + "b")).isEqualTo(450_000);
  }

  private static String random(Random random, String alphabet, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }

  private static String slice(Random random, String text) {
    int from = random.nextInt(text.length());
    return text.substring(from, from + random.nextInt(text.length() - from + 1));
  }
}
