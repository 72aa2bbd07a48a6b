package dev.podium.imports;

import static org.assertj.core.api.Assertions.assertThat;

import de.undercouch.citeproc.csl.CSLName;
import org.junit.jupiter.api.Test;

class WorkNamesTest {
  @Test
  void everyStoredFormComesBackFromItsCslName() {
    RandomWorks random = new RandomWorks(17);
    for (int i = 0; i < 2000; i++) {
      String name = random.name();
      assertThat(WorkNames.stored(WorkNames.csl(name))).as(name).isEqualTo(name);
    }
  }

  @Test
  void namesTheBibtexParserMisreadsAreCutAtTheirLastWord() {
    // citeproc's parser reads "O'Shea" as "O", and keeps "Anna-Lena O'Neil" as one literal.
    assertName("Denny O'Shea", "Denny", null, "O'Shea", null, null);
    assertName("Anna-Lena O'Neil", "Anna-Lena", null, "O'Neil", null, null);
    assertName("Ludwig van Beethoven", "Ludwig", "van", "Beethoven", null, null);
    assertName("King, Jr., Martin Luther", "Martin Luther", null, "King", "Jr.", null);
    assertName("García Márquez, , Gabriel", "Gabriel", null, "García Márquez", null, null);
    assertName("Aristotle", null, null, "Aristotle", null, null);
    assertName("{Barnes and Noble}", null, null, null, null, "Barnes and Noble");
    for (String name : new String[] {"Denny O'Shea", "Anna-Lena O'Neil", "Aristotle"}) {
      assertThat(WorkNames.stored(WorkNames.csl(name))).isEqualTo(name);
    }
  }

  @Test
  void cslNamesWithoutFamilyOrWithParticlesTakeTheFormThatReadsBack() {
    assertThat(WorkNames.stored(null, "de", null, "Gaulle", null, null)).isEqualTo("de Gaulle");
    assertThat(WorkNames.stored("Charles", "de", null, "Gaulle", null, null))
        .isEqualTo("Charles de Gaulle");
    assertThat(WorkNames.stored("Plato", null, null, null, null, null)).isEqualTo("{Plato}");
    assertThat(WorkNames.stored(null, null, null, null, null, " ")).isNull();
  }

  private static void assertName(
      String stored, String given, String particle, String family, String suffix, String literal) {
    CSLName name = WorkNames.csl(stored);
    assertThat(name.getGiven()).as(stored).isEqualTo(given);
    assertThat(name.getNonDroppingParticle()).as(stored).isEqualTo(particle);
    assertThat(name.getFamily()).as(stored).isEqualTo(family);
    assertThat(name.getSuffix()).as(stored).isEqualTo(suffix);
    assertThat(name.getLiteral()).as(stored).isEqualTo(literal);
  }
}
