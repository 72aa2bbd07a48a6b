package dev.podium.hygiene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * In every committed moderator brief, the numbers the text and the chart's description state agree
 * with the evidence table they summarise: how many records carry a stance and how many are his, and
 * on each stance how many bear each way.
 */
class NumbersAgreeTest {
  private static final Pattern ROW = Pattern.compile("^\\| \\[\\d+] \\| .*\\|$");
  private static final Pattern PROFILE =
      Pattern.compile(
          "Records on file that carry a stance: (\\d+); by (?:him|her|them): (\\d+)(?:; author list"
              + " cut short, so not known: (\\d+))?");
  private static final Pattern STANCE_LINE =
      Pattern.compile(
          "^- On (.+?), (?:(\\d+) records? bears? against the motion(?:, none for it| and (\\d+)"
              + " for it)|(\\d+) records? bears? for the motion, none against it|none of the"
              + " records on it bears either way)\\.$");

  static Stream<Path> moderatorBriefs() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("briefs"))) {
      List<Path> briefs =
          files.filter(f -> f.getFileName().toString().equals("moderator.md")).sorted().toList();
      assertThat(briefs).hasSizeGreaterThanOrEqualTo(4);
      return briefs.stream();
    }
  }

  /** One row of the evidence table: its stances (lower case), how it bears, and whose it is. */
  record Row(List<String> stances, String bears, String byHim) {}

  @ParameterizedTest
  @MethodSource("moderatorBriefs")
  void theTextAndTheChartAgreeWithTheEvidenceTable(Path brief) throws IOException {
    List<String> lines = Files.readAllLines(brief);
    List<Row> rows = new ArrayList<>();
    for (String line : lines) {
      if (ROW.matcher(line).matches()) {
        String[] cells = line.substring(1, line.length() - 1).split(" \\| ", -1);
        List<String> stances =
            cells[3].strip().equals("–")
                ? List.of()
                : Stream.of(cells[3].split("; "))
                    .map(s -> s.strip().toLowerCase(Locale.ROOT))
                    .toList();
        rows.add(new Row(stances, cells[4].strip(), cells[5].strip()));
      }
    }
    assertThat(rows).as("%s: evidence table rows", brief).isNotEmpty();
    String text = String.join("\n", lines);
    List<Row> tagged = rows.stream().filter(r -> !r.stances().isEmpty()).toList();
    boolean someLeftOut = text.contains("are left out");

    Matcher profile = PROFILE.matcher(text);
    assertThat(profile.find()).as("%s: the evidence profile states its counts", brief).isTrue();
    if (!someLeftOut) {
      assertThat(tagged)
          .as("%s: records that carry a stance", brief)
          .hasSize(Integer.parseInt(profile.group(1)));
      assertThat(tagged.stream().filter(r -> r.byHim().equals("yes")))
          .as("%s: records by him", brief)
          .hasSize(Integer.parseInt(profile.group(2)));
      int notKnown = profile.group(3) == null ? 0 : Integer.parseInt(profile.group(3));
      assertThat(tagged.stream().filter(r -> r.byHim().equals("not shown")))
          .as("%s: records whose author list is cut short", brief)
          .hasSize(notKnown);
    }

    int stanceLines = 0;
    for (String line : lines) {
      Matcher m = STANCE_LINE.matcher(line);
      if (!m.matches() || someLeftOut) {
        continue;
      }
      stanceLines++;
      String stance = m.group(1).toLowerCase(Locale.ROOT);
      int against = m.group(2) != null ? Integer.parseInt(m.group(2)) : 0;
      int bearFor =
          m.group(3) != null
              ? Integer.parseInt(m.group(3))
              : m.group(4) != null ? Integer.parseInt(m.group(4)) : 0;
      List<Row> onStance = tagged.stream().filter(r -> r.stances().contains(stance)).toList();
      Map<String, Long> bears =
          Map.of(
              "against", onStance.stream().filter(r -> r.bears().equals("against")).count(),
              "for", onStance.stream().filter(r -> r.bears().equals("for")).count());
      assertThat(bears.get("against"))
          .as("%s: records on %s that bear against", brief, stance)
          .isEqualTo(against);
      assertThat(bears.get("for"))
          .as("%s: records on %s that bear for", brief, stance)
          .isEqualTo(bearFor);
    }
    assertThat(stanceLines)
        .as("%s: stance lines under 'What the evidence says'", brief)
        .isPositive();
  }
}
