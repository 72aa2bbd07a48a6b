package dev.podium.imports.listing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.load.Diagnostic;
import dev.podium.load.Diagnostics;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListingParserTest {
  private final Diagnostics diagnostics = new Diagnostics();

  private List<ListingEntry> parse(String text) {
    return new ListingParser("pubs.txt", 2031, diagnostics).parse(text);
  }

  private List<String> messages() {
    return diagnostics.sorted().stream().map(Diagnostic::format).toList();
  }

  @Test
  void readsEntriesOfAnotherFieldWithBlankLinesAndWindowsLineEnds() {
    List<ListingEntry> entries =
        parse(
            "77.5ECJun 3\r\n"
                + "Why Central Banks Miss Their TargetsEsther Duflo\r\n"
                + "We study inflation targets. We find that forecasts drift.\r\n"
                + "\r\n"
                + "PRDec 31, 1999Code\r\n"
                + "Random Walks on GraphsPaul Erdős, Alfréd Rényi et al. · mta\r\n"
                + "A short abstract.\r\n");
    assertThat(messages()).isEmpty();
    assertThat(entries).hasSize(2);
    ListingEntry first = entries.get(0);
    assertThat(first.meta())
        .isEqualTo(new MetaLine(77.5, "EC", LocalDate.of(2031, 6, 3), false, false));
    assertThat(first.headline().authors()).containsExactly("Esther Duflo");
    assertThat(first.abstract_())
        .isEqualTo("We study inflation targets. We find that forecasts drift.");
    ListingEntry second = entries.get(1);
    assertThat(second.at().line()).isEqualTo(5);
    assertThat(second.meta())
        .isEqualTo(new MetaLine(null, "PR", LocalDate.of(1999, 12, 31), true, true));
    assertThat(second.headline().title()).isEqualTo("Random Walks on Graphs");
    assertThat(second.headline().affiliations()).containsExactly("mta");
  }

  @Test
  void reportsEveryMalformedEntryWhereItGoesWrongAndKeepsTheRest() {
    List<ListingEntry> entries =
        parse(
            """
            93.1CLMay 17Code
            Good PaperAda Lovelace
            An abstract. We find things.
            XXMai 3
            Bad Meta PaperAlan Turing
            Abstract two.
            LGFeb 30, 2025
            Bad Date PaperGrace Hopper
            Abstract three.
            CYJan 5, 2024
            No Abstract PaperEdsger Dijkstra
            AIMar 1, 2023
            Deep Learning for Everyone
            Abstract four.
            ST Apr 2, 2022
            Spaced Meta PaperBarbara Liskov
            Abstract five.
            LGApr 2, 2022
            Wrapped PaperDonald Knuth
            An abstract that wraps
            onto a second line.
            CLJan 1, 2020
            Last PaperJohn McCarthy
            Fine.
            """);
    assertThat(messages())
        .containsExactly(
            "pubs.txt:4:3: expected a month such as May after the category",
            "pubs.txt:7:7: no such date: Feb 30, 2025",
            "pubs.txt:11:33: entry has no abstract after its title line",
            "pubs.txt:13:1: no author list found at the end of the title line; expected the title"
                + " glued to names such as \"Ada Lovelace, Alan Turing et al.\"",
            "pubs.txt:15:3: expected a month such as May after the category",
            "pubs.txt:21:1: unexpected line between entries; an entry is a meta line such as"
                + " '93.1CLMay 17Code', a title line and a one-line abstract");
    assertThat(entries)
        .extracting(e -> e.headline().title())
        .containsExactly("Good Paper", "Wrapped Paper", "Last Paper");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          93.1May 17        | 5  | expected a two-letter arXiv category such as CL or LG
          CLXMay 17         | 1  | expected a two-letter arXiv category such as CL or LG
          CLMay17           | 6  | expected a space and the day of the month after the month
          CLMay x           | 7  | expected the day of the month
          CLMay 17, 26      | 11 | expected a four-digit year after the comma
          CLMay 17 Code     | 9  | unexpected ' Code' at the end of the line; only Code may follow the date
          LGFeb 29          | 7  | no such date: Feb 29, 2031
          """)
  void pointsAtTheBadPartOfAMetaLine(String line, int column, String problem) {
    MetaLineParser.Result result = MetaLineParser.parse(line, 2031);
    assertThat(result.ok()).isFalse();
    assertThat(result.index() + 1).isEqualTo(column);
    assertThat(result.problem()).isEqualTo(problem);
  }

  @Test
  void acceptsFullMonthNamesAndYearsOnLeapDays() {
    assertThat(MetaLineParser.parse("LGSeptember 9, 2024", 2031).meta().date())
        .isEqualTo(LocalDate.of(2024, 9, 9));
    assertThat(MetaLineParser.parse("LGFeb 29, 2024", 2031).meta().date())
        .isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(MetaLineParser.parse("100LGJan 1", 2031).meta().score()).isEqualTo(100.0);
  }

  @Test
  void anEmptyListingIsAProblem() {
    assertThat(parse("\n\n")).isEmpty();
    assertThat(messages())
        .containsExactly(
            "pubs.txt:1:1: the listing is empty; expected entries of a meta line, a title line and"
                + " an abstract");
  }
}
