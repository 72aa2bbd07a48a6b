package dev.podium.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.model.Evidence;
import dev.podium.model.Motion;
import dev.podium.model.Persona;
import dev.podium.model.Side;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordBinderTest {
  private final Diagnostics diagnostics = new Diagnostics();
  private final SourceMap map = new SourceMap("x.yaml");

  private <T extends Record> T bind(String yaml, Class<T> type) {
    Node root = new YamlReader().parse(yaml, "x.yaml", diagnostics);
    return new RecordBinder(diagnostics, map).bind(root, type, "");
  }

  private List<String> messages() {
    return diagnostics.sorted().stream().map(Diagnostic::format).toList();
  }

  @Test
  void bindsSnakeCaseKeysKeywordsEnumsAndDefaults() {
    Motion motion =
        bind(
            """
            id: m
            short: Short
            text: Text.
            bearings:
              - stance: deception
                side: against
                reason: Why.
            """,
            Motion.class);
    assertThat(motion.short_()).isEqualTo("Short");
    assertThat(motion.bearings().get(0).side()).isEqualTo(Side.AGAINST);
    assertThat(map.locate("bearings[0].side")).isEqualTo(new Location("x.yaml", 6, 11));
    assertThat(messages()).isEmpty();
  }

  @Test
  void bindsEvidenceWithOptionalFieldsLeftOut() {
    Evidence e =
        bind(
            """
            id: e
            title: "1984"
            authors: [A, B]
            date: 2024-01-10
            abstract: An abstract.
            finding: A finding.
            """,
            Evidence.class);
    assertThat(e.title()).isEqualTo("1984");
    assertThat(e.date()).isEqualTo(LocalDate.of(2024, 1, 10));
    assertThat(e.etAl()).isFalse();
    assertThat(e.quotes()).isEmpty();
    assertThat(e.url()).isNull();
    assertThat(e.score()).isNull();
  }

  @Test
  void reportsEveryProblemOfARecordAtOnce() {
    Evidence e =
        bind(
            """
            id: e
            titel: Typo
            authors: Just One
            date: 10 Jan 2024
            abstract: [not, text]
            finding: ok
            code: maybe
            score: high
            """,
            Evidence.class);
    assertThat(e).isNull();
    assertThat(messages())
        .containsExactly(
            "x.yaml:2:1: unknown field 'titel' in evidence; did you mean 'title'?",
            "x.yaml:3:10: expected a list for 'authors', found a string",
            "x.yaml:4:7: expected a date as YYYY-MM-DD for 'date', found '10 Jan 2024'",
            "x.yaml:5:11: expected text for 'abstract', found a list",
            "x.yaml:7:7: expected true or false for 'code', found a string 'maybe'",
            "x.yaml:8:8: expected a number for 'score', found a string 'high'");
  }

  @Test
  void reportsAMissingOrEmptyRequiredFieldByTheRecordsId() {
    bind("id: e\ntitle: '  '\nauthors: [A]\nfinding: f\n", Evidence.class);
    assertThat(messages())
        .containsExactly(
            "x.yaml:1:1: missing required field 'date' in evidence 'e'",
            "x.yaml:1:1: missing required field 'abstract' in evidence 'e'",
            "x.yaml:2:8: empty required field 'title' in evidence 'e'");
  }

  @Test
  void listsTheExpectedFieldsWhenNoneIsClose() {
    bind("id: m\nshort: s\ntext: t\nzzzzzzzz: 1\n", Motion.class);
    assertThat(messages())
        .containsExactly(
            "x.yaml:4:1: unknown field 'zzzzzzzz' in motion; expected one of: id, short, text,"
                + " bearings, scope, domains");
  }

  @Test
  void reportsBadEnumValuesWithTheChoices() {
    bind(
        "id: m\nshort: s\ntext: t\nbearings:\n  - {stance: a, side: sideways, reason: r}\n",
        Motion.class);
    assertThat(messages())
        .containsExactly(
            "x.yaml:5:23: expected one of for, against, neutral for 'side', found 'sideways'");
  }

  @Test
  void reportsAMappingWhereAListItemShouldBeText() {
    bind(
        "id: e\ntitle: t\nauthors: [A, {b: c}]\ndate: 2024-01-01\nabstract: a\nfinding: f\n",
        Evidence.class);
    assertThat(messages())
        .containsExactly("x.yaml:3:14: expected text for 'authors', found a mapping");
  }

  @Test
  void takesEnumValuesOnlyInLowerCaseAndSaysHowToWriteThem() {
    bind(
        "id: m\nshort: s\ntext: t\nbearings:\n  - {stance: a, side: For, reason: r}\n",
        Motion.class);
    assertThat(messages())
        .containsExactly(
            "x.yaml:5:23: expected one of for, against, neutral for 'side', found 'For';"
                + " write it in lower case: 'for'");
  }

  @Test
  void readsYesAndOnAsWordsAsYaml12Does() {
    Evidence e = bind(evidenceWith("et_al: yes\ncode: on\nkey: True"), Evidence.class);
    assertThat(e).isNull();
    assertThat(messages())
        .containsExactly(
            "x.yaml:7:8: expected true or false for 'et_al', found a string 'yes'",
            "x.yaml:8:7: expected true or false for 'code', found a string 'on'");
  }

  @Test
  void takesANumberWithNothingAfterItsPointAsAWholeNumber() {
    Persona.Publication paper = bind("title: T\nyear: 2024.0\n", Persona.Publication.class);
    assertThat(paper.year()).isEqualTo(2024);
    assertThat(bind("title: T\nyear: 2.024e3\n", Persona.Publication.class).year()).isEqualTo(2024);
    assertThat(messages()).isEmpty();
  }

  @Test
  void refusesAFractionOrANumberTooLargeForAWholeNumber() {
    bind("title: T\nyear: 2024.5\n", Persona.Publication.class);
    bind("title: T\nyear: 99999999999\n", Persona.Publication.class);
    bind("title: T\nyear: .inf\n", Persona.Publication.class);
    assertThat(messages())
        .containsExactly(
            "x.yaml:2:7: expected a whole number for 'year', found a number '2024.5'",
            "x.yaml:2:7: 'year' is out of range: 99999999999",
            "x.yaml:2:7: expected a whole number for 'year', found a number '.inf'");
  }

  private static String evidenceWith(String fields) {
    return "id: e\ntitle: t\nauthors: [A]\ndate: 2024-01-01\nabstract: a\nfinding: f\n"
        + fields
        + "\n";
  }
}
