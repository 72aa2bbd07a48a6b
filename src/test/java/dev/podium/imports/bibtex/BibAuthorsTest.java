package dev.podium.imports.bibtex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BibAuthorsTest {
  @Test
  void lastFirstBecomesFirstLast() {
    BibAuthors authors =
        BibAuthors.parse("Barez, Fazl and Torr, Philip H. S. and van der Berg, Jan");
    assertThat(authors.names())
        .containsExactly("Fazl Barez", "Philip H. S. Torr", "Jan van der Berg");
    assertThat(authors.etAl()).isFalse();
  }

  @Test
  void firstLastJuniorsBracesAndOthers() {
    BibAuthors authors =
        BibAuthors.parse(
            "Alan Turing AND King, Jr, Martin and {Barnes and Noble} and\n"
                + "  G{\\\"o}del, Kurt and others");
    assertThat(authors.names())
        .containsExactly("Alan Turing", "King, Jr, Martin", "{Barnes and Noble}", "Kurt Gödel");
    assertThat(authors.etAl()).isTrue();
  }

  @Test
  void emptyNamesAreDropped() {
    assertThat(BibAuthors.parse(" and {} and Doe, Jane").names()).containsExactly("Jane Doe");
  }
}
