package dev.podium.imports.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property: a title glued to an author list made of other people's names splits back exactly.
 * Titles mix acronyms, digits, hyphens, commas and closing punctuation; names mix initials,
 * particles, apostrophes, hyphens, prefixed capitals and accents.
 */
class HeadlineGeneratorTest {
  private static final String[] TITLE_WORDS = {
    "Learning",
    "via",
    "Models",
    "LLMs",
    "GPT-4",
    "of",
    "the",
    "Deep",
    "Networks",
    "Robust",
    "RL",
    "Climate",
    "Soil",
    "Carbon",
    "Markets",
    "Evidence",
    "from",
    "India",
    "Why",
    "Does",
    "It",
    "Work?",
    "A",
    "Study",
    "Survey:",
    "Towards",
    "Fair",
    "Auctions",
    "(Mostly)",
    "Best-of-N",
    "Zero-Shot",
    "3D",
    "in",
    "and",
    "CNNs",
    "Über",
    "Élan",
    "X",
    "v2.0",
    "Q&A",
    "Data,",
    "Trust"
  };
  private static final String[] GIVEN = {
    "Adi",
    "María José",
    "Jean-Pierre",
    "Zoë",
    "Łukasz",
    "Siobhán",
    "Tony T.",
    "Philip H. S.",
    "J. R. R.",
    "Kwame",
    "Wei",
    "Ahmad",
    "Yoav",
    "Tan",
    "Denny",
    "Ngaio",
    "Kim",
    "Esi",
    "D'Arcy"
  };
  private static final String[] FAMILY = {
    "Simhi",
    "García-López",
    "O'Shea",
    "van der Berg",
    "MacDiarmid",
    "Müller",
    "bin Ismail",
    "Zhi-Xuan",
    "Gur-Arieh",
    "Ng",
    "de la Cruz",
    "Tutek",
    "Ji-woo",
    "McGregor",
    "LeCun",
    "Nkrumah",
    "Mensah-Bonsu",
    "O’Sullivan",
    "von Neumann"
  };

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {11, 12, 13, 14, 15})
  void gluedHeadlinesSplitBackExactly(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 400; i++) {
      String title = title(random);
      List<String> authors = new ArrayList<>();
      for (int n = 1 + random.nextInt(4); n > 0; n--) {
        authors.add(
            GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)]);
      }
      boolean etAl = random.nextBoolean();
      List<String> affiliations = random.nextInt(4) == 0 ? List.of("mit", "inrae") : List.of();
      String line =
          title
              + String.join(", ", authors)
              + (etAl ? " et al." : "")
              + (affiliations.isEmpty() ? "" : " · " + String.join(", ", affiliations));

      HeadlineParser.Result result = HeadlineParser.parse(line);

      assertThat(result.headline())
          .as(line)
          .isEqualTo(new Headline(title, authors, etAl, affiliations));
    }
  }

  private static String title(Random random) {
    StringBuilder title = new StringBuilder();
    for (int n = 1 + random.nextInt(9); n > 0; n--) {
      if (!title.isEmpty()) {
        title.append(' ');
      }
      title.append(TITLE_WORDS[random.nextInt(TITLE_WORDS.length)]);
    }
    // A title never ends in a comma in a listing; keep the rest as drawn.
    return title.toString().replaceAll(",$", "");
  }
}
