package dev.podium.cli;

import static dev.podium.TestSeeds.edit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.PdfFile;
import dev.podium.TestSeeds;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir Path temp;

  /** Exit code and captured output of one in-process run. */
  record Run(int code, String out, String err) {
    /** The error stream without the one-line summary of weak-data warnings. */
    String errors() {
      return err.replaceAll(
          "(?m)^podium: \\d+ warnings? about weak data; run podium check to see them\n", "");
    }
  }

  static Run podium(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  /** The line that says a file was written, with its size as it is on disk now. */
  static String wrote(Path file) {
    try {
      return "wrote " + file + " (" + WrittenFile.size(Files.size(file)) + ")\n";
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Path brief(Path out) {
    return out.resolve("fazl-barez/ai-autonomy-over-life/moderator.md");
  }

  private Path chart(Path out) {
    return out.resolve("fazl-barez/ai-autonomy-over-life/evidence-profile.svg");
  }

  private Path pdf(Path out) {
    return out.resolve("fazl-barez/ai-autonomy-over-life/moderator.pdf");
  }

  private static List<String> files(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void briefWritesTheModeratorBriefForTheDefaultPersonaAndMotion() throws Exception {
    Path out = temp.resolve("out");
    Run run = podium("brief", "--out", out.toString());
    assertThat(run.code()).isZero();
    assertThat(run.err())
        .isEqualTo("podium: 2 warnings about weak data; run podium check to see them\n");
    assertThat(run.out()).isEqualTo(wrote(brief(out)) + wrote(chart(out)) + wrote(pdf(out)));
    String markdown = Files.readString(brief(out));
    assertThat(markdown).startsWith("# Dr Fazl Barez: moderator’s brief\n");
    assertThat(markdown).contains("**Predicted side: against the motion.**");
    assertThat(Files.readAllBytes(pdf(out)))
        .startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
    assertThat(files(brief(out).getParent()))
        .containsExactly("evidence-profile.svg", "moderator.md", "moderator.pdf");
  }

  @Test
  void quietBeforeOrAfterTheCommandLeavesOnlyWarningsAndErrors() {
    Path out = temp.resolve("out");
    for (Run run :
        new Run[] {
          podium("--quiet", "brief", "--out", out.toString()),
          podium("brief", "-q", "--out", out.toString())
        }) {
      assertThat(run.code()).isZero();
      assertThat(run.out()).isEmpty();
      assertThat(run.err())
          .isEqualTo("podium: 2 warnings about weak data; run podium check to see them\n");
    }
    Run check = podium("check", "--quiet");
    assertThat(check.code()).isZero();
    assertThat(check.out()).isEmpty();
    Run broken = podium("brief", "--quiet", "--seeds", temp.resolve("none").toString());
    assertThat(broken.code()).isEqualTo(2);
    assertThat(broken.err())
        .isEqualTo("podium: seeds folder not found: " + temp.resolve("none") + "\n");
  }

  @Test
  void onATerminalSeveralBriefsShowAProgressLineThatTheFileLinesReplace() throws Exception {
    Path out = temp.resolve("out");
    StringWriter screen = new StringWriter();
    Main.Session terminal =
        new Main.Session(
            java.time.Clock.systemUTC(), new Terminal(true, false), StopHandle.manual());
    int code =
        Main.run(
            terminal,
            new PrintWriter(screen),
            new PrintWriter(new StringWriter()),
            "brief",
            "--kind",
            "all",
            "--format",
            "md",
            "--out",
            out.toString());
    assertThat(code).isZero();
    String erase = "\r\u001B[K";
    assertThat(screen.toString())
        .contains(erase + "[1/3] fazl-barez/ai-autonomy-over-life/moderator")
        .contains(erase + "[3/3] fazl-barez/ai-autonomy-over-life/handout");
    // What stays on the screen: each progress line is erased by the line after it. (Split on
    // newlines only: String.lines() would split at the carriage returns too.)
    Path folder = out.resolve("fazl-barez/ai-autonomy-over-life");
    assertThat(
            Stream.of(screen.toString().split("\n"))
                .map(
                    l ->
                        l.contains(erase) ? l.substring(l.lastIndexOf(erase) + erase.length()) : l))
        .containsExactly(
            wrote(folder.resolve("moderator.md")).strip(),
            wrote(folder.resolve("evidence-profile.svg")).strip(),
            wrote(folder.resolve("opponent.md")).strip(),
            wrote(folder.resolve("handout.md")).strip());
  }

  @Test
  void formatPdfWritesOnlyThePdfAndFormatMdOnlyTheMarkdown() throws Exception {
    Path pdfOnly = temp.resolve("pdf");
    Run run = podium("brief", "--format", "pdf", "--out", pdfOnly.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo(wrote(pdf(pdfOnly)));
    assertThat(files(pdf(pdfOnly).getParent())).containsExactly("moderator.pdf");

    Path mdOnly = temp.resolve("md");
    assertThat(podium("brief", "--format", "md", "--out", mdOnly.toString()).code()).isZero();
    // The Markdown's chart is a file beside it; the PDF draws its own.
    assertThat(files(brief(mdOnly).getParent()))
        .containsExactly("evidence-profile.svg", "moderator.md");
  }

  @Test
  void paperLetterGivesLetterPages() throws Exception {
    Path out = temp.resolve("out");
    assertThat(podium("brief", "--paper", "letter", "--out", out.toString()).code()).isZero();
    assertThat(new PdfFile(Files.readAllBytes(pdf(out))).pageSize(0)).containsExactly(612f, 792f);
  }

  @Test
  void aCharacterNoFontHasIsAWarningAtItsLineAndThePdfIsStillWritten() throws Exception {
    Path seeds = TestSeeds.copy(temp);
    Path persona = seeds.resolve("personas/fazl-barez/persona.yaml");
    edit(persona, "specializing in AI safety", "specializing in AI safety (安全)");
    Path out = temp.resolve("out");
    Run run = podium("brief", "--seeds", seeds.toString(), "--out", out.toString());
    assertThat(run.code()).isZero();
    int line = TestSeeds.lineOf(brief(out), "安全");
    int column = Files.readAllLines(brief(out)).get(line - 1).indexOf("安") + 1;
    assertThat(run.errors())
        .isEqualTo(
            brief(out)
                + ":"
                + line
                + ":"
                + column
                + ": warning: no font has '安' (U+5B89); the PDF"
                + " shows \uFFFD instead (add a font that has it with --font FILE)\n"
                + brief(out)
                + ":"
                + line
                + ":"
                + (column + 1)
                + ": warning: no font has '全' (U+5168);"
                + " the PDF shows \uFFFD instead (add a font that has it with --font FILE)\n");
    assertThat(new PdfFile(Files.readAllBytes(pdf(out))).text())
        .contains("AI safety (\uFFFD\uFFFD)");
  }

  @Test
  void fontAddsAFallbackForCharactersTheBundledFontsLack() throws Exception {
    Path seeds = TestSeeds.copy(temp);
    edit(
        seeds.resolve("personas/fazl-barez/persona.yaml"),
        "specializing in AI safety",
        "specializing in AI safety (₿)");
    Path font = temp.resolve("LiberationSans-Regular.ttf");
    try (var in = MainTest.class.getResourceAsStream("/liberation/LiberationSans-Regular.ttf")) {
      Files.copy(in, font);
    }
    Path out = temp.resolve("out");

    Run without = podium("brief", "--seeds", seeds.toString(), "--out", out.toString());
    assertThat(without.errors()).contains("warning: no font has '₿' (U+20BF)");
    Run with =
        podium(
            "brief",
            "--seeds",
            seeds.toString(),
            "--font",
            font.toString(),
            "--out",
            out.toString());
    assertThat(with.code()).isZero();
    assertThat(with.errors()).isEmpty();
    assertThat(new PdfFile(Files.readAllBytes(pdf(out))).text()).contains("AI safety (₿)");
  }

  @Test
  void anUnusableFontIsAnErrorAndNothingIsWritten() throws Exception {
    Path font = Files.writeString(temp.resolve("broken.ttf"), "not a font");
    Path out = temp.resolve("out");
    Run run = podium("brief", "--font", font.toString(), "--out", out.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.errors())
        .startsWith("podium: " + font + ": not a usable font")
        .endsWith("\npodium: cannot typeset the PDF; nothing written\n");
    assertThat(out).doesNotExist();
  }

  @Test
  void anUnsupportedNodeInATemplateIsAnErrorAndNothingIsWritten() throws Exception {
    Path templates = TestSeeds.copyTree(TestSeeds.TEMPLATES, temp.resolve("templates"));
    edit(
        templates.resolve("moderator.md.mustache"),
        "## Background\n",
        "<div>boxed</div>\n\n## Background\n");
    Path out = temp.resolve("out");
    Run run = podium("brief", "--templates", templates.toString(), "--out", out.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.errors())
        .matches(
            "\\Q"
                + brief(out)
                + "\\E:\\d+:1: the PDF typesetter does not support an HTML block"
                + " \\(HtmlBlock\\)\npodium: cannot typeset the PDF; nothing written\n");
    assertThat(out).doesNotExist();
    assertThat(
            podium(
                    "brief",
                    "--format",
                    "md",
                    "--templates",
                    templates.toString(),
                    "--out",
                    out.toString())
                .code())
        .isZero();
  }

  @Test
  void explicitPersonaMotionKindAndFormatGiveTheSameBrief() throws Exception {
    Path a = temp.resolve("a");
    Path b = temp.resolve("b");
    assertThat(podium("brief", "--out", a.toString()).code()).isZero();
    assertThat(
            podium(
                    "brief",
                    "fazl-barez",
                    "--motion",
                    "ai-autonomy-over-life",
                    "--kind",
                    "moderator",
                    "--format",
                    "md",
                    "--seeds",
                    "seeds",
                    "--templates",
                    "templates",
                    "--out",
                    b.toString())
                .code())
        .isZero();
    assertThat(Files.readString(brief(b))).isEqualTo(Files.readString(brief(a)));
  }

  @Test
  void checkPassesOnTheBundledSeeds() {
    Run run = podium("check");
    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo("ok: seeds: 2 persona(s), 1 motion(s); 0 errors, 3 warnings\n");
  }

  @Test
  void brokenSeedsGiveLocatedMessagesExitOneAndNoOutput() {
    Path seeds = TestSeeds.copy(temp);
    edit(
        seeds.resolve("personas/fazl-barez/themes.yaml"),
        "evidence: [poisonbench]",
        "evidence: [poison-bench]");
    edit(seeds.resolve("personas/fazl-barez/evidence.yaml"), "category: \"CR\"", "category: [CR]");
    Path out = temp.resolve("out");

    Run check = podium("check", "--seeds", seeds.toString());
    Run brief = podium("brief", "--seeds", seeds.toString(), "--out", out.toString());

    for (Run run : new Run[] {check, brief}) {
      assertThat(run.code()).isEqualTo(1);
      assertThat(run.err().lines().filter(l -> l.contains(".yaml:") && !l.contains(": warning: ")))
          .hasSize(2)
          .allMatch(l -> l.matches("\\S+\\.yaml:\\d+:\\d+: .+"));
      assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
    assertThat(check.err())
        .contains("evidence.yaml:")
        .contains("expected text for 'category', found a list");
    assertThat(brief.err()).endsWith("podium: 2 errors, 2 warnings; no brief written\n");
    assertThat(out).doesNotExist();
  }

  @Test
  void aFailedBriefLeavesThePreviousFileUntouched() throws Exception {
    Path out = temp.resolve("out");
    assertThat(podium("brief", "--out", out.toString()).code()).isZero();
    String before = Files.readString(brief(out));
    Path templates = temp.resolve("templates");
    Files.createDirectories(templates);
    Files.writeString(templates.resolve("moderator.md.mustache"), "# {{persona.nmae}}\n");
    Run run = podium("brief", "--templates", templates.toString(), "--out", out.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            "podium: 2 warnings about weak data; run podium check to see them\n"
                + templates
                + "/moderator.md.mustache:1: unknown variable 'persona.nmae'\n"
                + "podium: template error; no brief written\n");
    assertThat(Files.readString(brief(out))).isEqualTo(before);
    assertThat(files(brief(out).getParent()))
        .containsExactly("evidence-profile.svg", "moderator.md", "moderator.pdf");
  }

  @Test
  void usageMistakesExitTwo() {
    assertThat(podium("brief", "nobody").code()).isEqualTo(2);
    assertThat(podium("brief", "nobody").err())
        .isEqualTo("podium: unknown persona 'nobody'; known: fazl-barez, philip-torr\n");
    assertThat(podium("brief", "../etc").err()).startsWith("podium: bad persona '../etc'");
    assertThat(podium("brief", "--kind", "../../x").code()).isEqualTo(2);
    assertThat(podium("brief", "--motion", "nope").code()).isEqualTo(2);
    assertThat(podium("brief", "--format", "odt").code()).isEqualTo(2);
    assertThat(podium("brief", "--format", "md,odt").err())
        .isEqualTo(
            "podium: unknown format 'odt'; use "
                + String.join(", ", dev.podium.publish.Formats.ids())
                + " or all\n");
    assertThat(podium("brief", "--paper", "legal").err())
        .isEqualTo(
            "podium: --paper: expected a4 or letter, got 'legal'\n"
                + "Try 'podium brief --help' for usage.\n");
    assertThat(podium("brief", "--paper", "legal").code()).isEqualTo(2);
    assertThat(podium("brief", "--font", "no-such-font.ttf").err())
        .isEqualTo("podium: font file 'no-such-font.ttf' not found\n");
    assertThat(podium("brief", "--font", "no-such-font.ttf").code()).isEqualTo(2);
    assertThat(podium("brief", "--seeds", temp.resolve("none").toString()).code()).isEqualTo(2);
    assertThat(podium("brief", "--bogus").code()).isEqualTo(2);
    assertThat(podium("brief", "--date", "yesterday").code()).isEqualTo(2);
    assertThat(podium().code()).isEqualTo(2);
  }

  @Test
  void anUnknownKindIsAUsageMistakeThatSuggestsTheNearestKindAndWritesNothing() {
    Run typo = podium("brief", "--kind", "oponent", "--out", temp.toString());
    assertThat(typo.code()).isEqualTo(2);
    assertThat(typo.err())
        .isEqualTo(
            "podium: unknown kind 'oponent'; use moderator, opponent, handout, all or the name of"
                + " your own template KIND.md.mustache; did you mean 'opponent'?\n");
    Run other = podium("brief", "--kind", "press-release", "--out", temp.toString());
    assertThat(other.code()).isEqualTo(2);
    assertThat(other.err()).doesNotContain("did you mean");
    assertThat(temp.resolve("fazl-barez")).doesNotExist();
  }

  @Test
  void aKindOfTheUsersOwnTemplateIsABriefSelectedAsTheModeratorsIs() throws IOException {
    Path templates = temp.resolve("templates");
    Files.createDirectories(templates);
    Files.writeString(
        templates.resolve("press-release.md.mustache"),
        "# {{persona.displayName}}\n\n{{#themes}}- {{label}}\n{{/themes}}");
    Run run =
        podium(
            "brief",
            "--kind",
            "press-release",
            "--templates",
            templates.toString(),
            "--format",
            "md",
            "--out",
            temp.resolve("out").toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(
            Files.readString(temp.resolve("out/fazl-barez/ai-autonomy-over-life/press-release.md")))
        .startsWith("# Dr Fazl Barez\n")
        .contains("- Limits of unlearning and safety training");
  }

  @Test
  void listShowsPersonasAndMotions() {
    Run run = podium("list");
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .isEqualTo(
            "seeds: seeds\n"
                + "personas:\n"
                + "  fazl-barez\n"
                + "  philip-torr\n"
                + "motions:\n"
                + "  ai-autonomy-over-life\n");
  }

  @Test
  void helpAndVersion() {
    Run help = podium("--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("brief").contains("check").contains("list");
    assertThat(help.out())
        .contains("\nExamples:\nStart a folder of your own and brief a new speaker:\n")
        .contains("\n\nEnvironment:\nPODIUM_SEEDS, PODIUM_MOTION,")
        .contains("\n\nFiles:\npodium.yaml\n")
        .doesNotContain("== ");
    assertThat(podium("schema", "--help").out()).doesNotContain("Environment:");
    Run version = podium("--version");
    assertThat(version.code()).isZero();
    assertThat(version.out()).matches("podium \\d+\\.\\d+\\.\\d+.*\\n");
  }

  @Test
  void theBundledSeedsAreUsedOutsideACheckout() {
    // The jar's copy of the seeds is on the test classpath as target/classes/seeds.
    assertThat(dev.podium.load.SeedsDirectory.bundled().personaIds())
        .containsExactly("fazl-barez", "philip-torr");
    assertThat(dev.podium.load.SeedsDirectory.bundled().motionIds())
        .containsExactly("ai-autonomy-over-life");
  }

  @Test
  void completionAndSchemaArePrinted() {
    Run completion = podium("completion");
    assertThat(completion.code()).isZero();
    assertThat(completion.out()).contains("complete -F").contains("--motion").contains("panel");
    Run schema = podium("schema", "persona");
    assertThat(schema.code()).isZero();
    assertThat(schema.out())
        .contains("\"author_names\"")
        .contains("\"additionalProperties\" : false");
    assertThat(podium("schema", "people").code()).isEqualTo(2);
  }

  @Test
  void checkWarnsAboutCharactersNoFontHasWhereTheyAreWritten() {
    Path seeds = TestSeeds.copy(temp);
    Path persona = seeds.resolve("personas/fazl-barez/persona.yaml");
    edit(persona, "specializing in AI safety", "specializing in AI safety (安全)");
    Run run = podium("check", "--seeds", seeds.toString());
    assertThat(run.code()).isZero();
    int line = TestSeeds.lineOf(persona, "安全");
    assertThat(run.err())
        .contains(
            persona
                + ":"
                + line
                + ":5: warning: no font has '安' (U+5B89); the PDF will show \uFFFD")
        .contains(persona + ":" + line + ":5: warning: no font has '全' (U+5168)");
  }

  @Test
  void filesNamedYmlAreReportedAsNotRead() throws IOException {
    Path seeds = TestSeeds.copy(temp);
    Path motion = seeds.resolve("motions/ai-autonomy-over-life.yaml");
    Files.move(motion, motion.resolveSibling("ai-autonomy-over-life.yml"));
    Run run = podium("list", "--seeds", seeds.toString());
    assertThat(run.code()).isZero();
    assertThat(run.err())
        .isEqualTo(
            "podium: "
                + seeds
                + "/motions/ai-autonomy-over-life.yml is not read; Podium reads"
                + " .yaml files, so rename it to ai-autonomy-over-life.yaml\n");
    assertThat(run.out()).endsWith("motions:\n");
  }
}
