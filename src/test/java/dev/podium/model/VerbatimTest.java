package dev.podium.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class VerbatimTest {
  private static final String ABSTRACT =
      "Large language models\n  can  deceive.\tWe find that\r\nthey do.";

  @Test
  void whiteSpaceMayDifferButNothingElse() {
    assertThat(Verbatim.isSpanOf("models can deceive.", ABSTRACT)).isTrue();
    assertThat(Verbatim.isSpanOf("  deceive. We find\n", ABSTRACT)).isTrue();
    assertThat(Verbatim.isSpanOf("models can deceive", ABSTRACT)).isTrue();
    assertThat(Verbatim.isSpanOf("models can deceive!", ABSTRACT)).isFalse();
    assertThat(Verbatim.isSpanOf("modelscan deceive.", ABSTRACT)).isFalse();
    assertThat(Verbatim.isSpanOf(" \n ", ABSTRACT)).isFalse();
  }

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  /** Agrees with the definition written as regular expressions, on seeded random texts. */
  @ParameterizedTest
  @MethodSource("seeds")
  void agreesWithTheDefinition(long seed) {
    Random random = new Random(seed);
    String source = text(random, 60);
    int from = random.nextInt(source.length());
    String quote = source.substring(from, from + random.nextInt(source.length() - from + 1));
    if (random.nextBoolean()) {
      quote = quote.replace(" ", random.nextBoolean() ? "\n  " : " ");
    }
    if (random.nextInt(4) == 0) {
      quote = text(random, 5);
    }

    assertThat(Verbatim.isSpanOf(quote, source))
        .as("%s in %s", quote, source)
        .isEqualTo(definition(quote, source));
  }

  private static boolean definition(String quote, String source) {
    String q = quote.strip().replaceAll("\\s+", " ");
    return !q.isEmpty() && source.strip().replaceAll("\\s+", " ").contains(q);
  }

  private static String text(Random random, int length) {
    String alphabet = "ab  \n\t\r.";
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }
}
