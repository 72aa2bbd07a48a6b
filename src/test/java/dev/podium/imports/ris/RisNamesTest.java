package dev.podium.imports.ris;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RisNamesTest {
  private static final String[] GIVEN = {"Anna", "Denny", "Mary Ann", "José", "中村", "Anna-Lena"};
  private static final String[] FAMILY = {"O'Shea", "Smith", "Müller", "太郎", "Lowe", "Zhi-Xuan"};
  private static final String[] PARTICLES = {"van", "von", "de la", "van der"};
  private static final String[] SUFFIXES = {"Jr.", "III"};

  @Test
  void aNameWrittenAsRisReadsBackAsStored() {
    Random random = new Random(5);
    for (int i = 0; i < 2000; i++) {
      String given = pick(random, GIVEN);
      String family = pick(random, FAMILY);
      String name =
          switch (random.nextInt(4)) {
            case 0 -> given + " " + pick(random, PARTICLES) + " " + family;
            case 1 -> family + ", " + pick(random, SUFFIXES) + ", " + given;
            case 2 -> "{" + given + " " + family + " Institute}";
            default -> given + " " + family;
          };
      assertThat(RisWorks.name(RisWriter.name(name))).as(name).isEqualTo(name);
    }
  }

  @Test
  void risNamesAreLastFirstSuffixAndAnOrganisationIsWrittenWhole() {
    assertThat(RisWriter.name("Ludwig van Beethoven")).isEqualTo("van Beethoven, Ludwig");
    assertThat(RisWriter.name("King, Jr., Martin Luther")).isEqualTo("King, Martin Luther, Jr.");
    assertThat(RisWriter.name("{UK AI Safety Institute}")).isEqualTo("UK AI Safety Institute");
    assertThat(RisWorks.name("UK AI Safety Institute")).isEqualTo("{UK AI Safety Institute}");
    assertThat(RisWorks.name("Hubinger, Evan")).isEqualTo("Evan Hubinger");
    assertThat(RisWorks.name("  ")).isNull();
  }

  private static String pick(Random random, String[] options) {
    return options[random.nextInt(options.length)];
  }
}
