package dev.podium.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.SyntheticPersona;
import dev.podium.TestSeeds;
import dev.podium.assemble.ProfileScale;
import dev.podium.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evidence profile of a speaker with many records over centuries stays a chart a page can hold:
 * at most forty columns and a bounded number of dots, and its caption says how it is scaled.
 */
class BoundedChartTest {
  @TempDir Path dir;

  @Test
  void recordsOverManyCenturiesAreDrawnInPeriods() throws IOException {
    // 600 records from 1200 to 2024: a column per year would be 825 columns.
    Path brief = brief(600, LocalDate.of(1200, 1, 1), 301_000);
    String svg = Files.readString(brief.resolve("evidence-profile.svg"));
    assertThat(Files.readString(brief.resolve("moderator.md")))
        .contains("Each column spans 25 years and is labelled with its first year.")
        .doesNotContain("a dot stands for");
    // Thin rules set the columns apart: 33 columns of 25 years give 32 rules, and the year axis
    // line is drawn as thin.
    assertThat(count(svg, "stroke-width:0.5")).isEqualTo(33);
  }

  @Test
  void aCrowdedYearMakesEachDotStandForSeveralRecords() throws IOException {
    // 3,000 records in one year, about 750 on each stance.
    Path brief = brief(3_000, LocalDate.of(2024, 1, 1), 365);
    String markdown = Files.readString(brief.resolve("moderator.md"));
    Matcher perDot = Pattern.compile("a dot stands for up to (\\d+) of them").matcher(markdown);
    assertThat(perDot.find()).as("the caption says what a dot stands for").isTrue();
    assertThat(Integer.parseInt(perDot.group(1))).isGreaterThan(1);
    assertThat(markdown).doesNotContain("Each column spans");
    // JFreeSVG draws a dot as two elements (its fill and its outline); each of the stances' one
    // cell holds at most MOST_DOTS dots.
    String svg = Files.readString(brief.resolve("evidence-profile.svg"));
    int stances = 3;
    assertThat(count(svg, "<ellipse") + count(svg, "<path"))
        .isLessThanOrEqualTo(2 * stances * ProfileScale.MOST_DOTS + 100);
  }

  /** The folder of the moderator brief of a synthetic speaker with records over the days given. */
  private Path brief(int records, LocalDate first, int days) throws IOException {
    Path seeds = dir.resolve("seeds");
    TestSeeds.copyTree(Path.of("seeds/motions"), seeds.resolve("motions"));
    Files.copy(Path.of("seeds/stances.yaml"), seeds.resolve("stances.yaml"));
    SyntheticPersona.write(seeds, "many", records, 7, first, days);
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            "brief",
            "many",
            "--seeds",
            seeds.toString(),
            "--out",
            dir.resolve("out").toString(),
            "--format",
            "md",
            "--date",
            "2026-12-07");
    assertThat(code).as(err.toString()).isZero();
    try (var found = Files.walk(dir.resolve("out"))) {
      return found
          .filter(p -> p.endsWith("evidence-profile.svg"))
          .findFirst()
          .orElseThrow()
          .getParent();
    }
  }

  private static int count(String text, String tag) {
    return text.split(Pattern.quote(tag), -1).length - 1;
  }
}
