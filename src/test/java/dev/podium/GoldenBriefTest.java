package dev.podium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.podium.cli.ScriptClient;
import dev.podium.cli.ServerFixture;
import dev.podium.judge.LabelledSpeaker;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committed briefs, Markdown and PDF, one HTML example and one DOCX example, are reproduced
 * byte for byte from the committed seeds and templates. When a change to them is intended,
 * regenerate them as README says and review the diff (and look at the PDFs, and the HTML in a
 * browser).
 */
class GoldenBriefTest {
  private static final Path COMMITTED = Path.of("briefs");
  private static final String[] DOCUMENTS = {
    "fazl-barez/ai-autonomy-over-life/moderator",
    "fazl-barez/ai-autonomy-over-life/opponent",
    "fazl-barez/ai-autonomy-over-life/handout",
    "philip-torr/ai-autonomy-over-life/moderator",
    "philip-torr/ai-autonomy-over-life/opponent",
    "philip-torr/ai-autonomy-over-life/handout",
    "panels/ai-autonomy-over-life/fazl-barez_philip-torr",
    "owain-evans/ai-autonomy-over-life/moderator",
    "owain-evans/ai-autonomy-over-life/opponent",
    "owain-evans/ai-autonomy-over-life/handout",
    "ronald-arkin/ai-autonomy-over-life/moderator",
    "ronald-arkin/ai-autonomy-over-life/opponent",
    "ronald-arkin/ai-autonomy-over-life/handout"
  };

  /** The briefs also committed as HTML: one example of the format. */
  private static final String[] HTML_DOCUMENTS = {"fazl-barez/ai-autonomy-over-life/moderator"};

  /** The briefs also committed as DOCX. */
  private static final String[] DOCX = {"fazl-barez/ai-autonomy-over-life/opponent"};

  private static final String[] CHARTS = {
    "fazl-barez/ai-autonomy-over-life/evidence-profile.svg",
    "philip-torr/ai-autonomy-over-life/evidence-profile.svg",
    "panels/ai-autonomy-over-life/fazl-barez_philip-torr-clash-grid.svg",
    "owain-evans/ai-autonomy-over-life/evidence-profile.svg",
    "ronald-arkin/ai-autonomy-over-life/evidence-profile.svg"
  };

  @TempDir static Path scratch;

  @TempDir static Path generated;

  @TempDir static Path servedScratch;

  @TempDir static Path servedGenerated;

  @TempDir static Path scriptedScratch;

  @TempDir static Path scriptedGenerated;

  /**
   * What each generating command said: in-process, through the server with the Java client, and
   * with the launchers' script client; paths made neutral.
   */
  private static final List<String> said = new ArrayList<>();

  private static final List<String> servedSaid = new ArrayList<>();

  private static final List<String> scriptedSaid = new ArrayList<>();

  /** How a command runs: in this process, or through a background server. */
  private interface Runner {
    ServerFixture.Result run(String... args) throws IOException;
  }

  @BeforeAll
  static void generate(@TempDir Path sockets) throws Exception {
    generate(generated, scratch, ServerFixture::inProcess, said);
    try (ServerFixture server = ServerFixture.start(sockets)) {
      generate(servedGenerated, servedScratch, server::served, servedSaid);
      if (ScriptClient.available()) {
        generate(scriptedGenerated, scriptedScratch, server::scripted, scriptedSaid);
      }
    }
  }

  private static void generate(Path out, Path scratch, Runner runner, List<String> log)
      throws IOException {
    for (String persona : new String[] {"fazl-barez", "philip-torr"}) {
      run(
          runner,
          log,
          out,
          scratch,
          "brief",
          persona,
          "--motion",
          "ai-autonomy-over-life",
          "--kind",
          "all");
    }
    run(
        runner,
        log,
        out,
        scratch,
        "panel",
        "fazl-barez",
        "philip-torr",
        "--motion",
        "ai-autonomy-over-life");
    // src/judge/write-briefs writes the HTML and DOCX examples with runs of their own, as here.
    run(
        runner,
        log,
        out,
        scratch,
        "brief",
        "fazl-barez",
        "--motion",
        "ai-autonomy-over-life",
        "--kind",
        "moderator",
        "--format",
        "html");
    run(
        runner,
        log,
        out,
        scratch,
        "brief",
        "fazl-barez",
        "--motion",
        "ai-autonomy-over-life",
        "--kind",
        "opponent",
        "--format",
        "docx");
    // The development speakers go from raw profile and listing to briefs as a new user's would:
    // init, draft, brief; src/judge/write-briefs does the same to regenerate them.
    for (LabelledSpeaker speaker :
        LabelledSpeaker.all().stream().filter(LabelledSpeaker::dev).toList()) {
      Path seeds = speaker.importInto(scratch.resolve(speaker.id()));
      execute(runner, log, out, scratch, "draft", speaker.id(), "--seeds", seeds.toString());
      execute(
          runner,
          log,
          out,
          scratch,
          "brief",
          speaker.id(),
          "--motion",
          "ai-autonomy-over-life",
          "--kind",
          "all",
          "--seeds",
          seeds.toString(),
          "--templates",
          "templates",
          "--out",
          out.toString());
    }
  }

  static void run(Path out, String... args) throws IOException {
    run(ServerFixture::inProcess, new ArrayList<>(), out, out, args);
  }

  private static void run(Runner runner, List<String> log, Path out, Path scratch, String... args)
      throws IOException {
    String[] all = new String[args.length + 6];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(
        new String[] {"--seeds", "seeds", "--templates", "templates", "--out", out.toString()},
        0,
        all,
        args.length,
        6);
    execute(runner, log, out, scratch, all);
  }

  private static void execute(
      Runner runner, List<String> log, Path out, Path scratch, String... all) throws IOException {
    ServerFixture.Result result = runner.run(all);
    assertThat(result.code()).as(result.err()).isZero();
    log.add(String.join(" ", all) + "\n" + result.code() + "\n" + result.out() + result.err());
    log.replaceAll(
        line -> line.replace(out.toString(), "{out}").replace(scratch.toString(), "{scratch}"));
  }

  /** Every file the commands wrote, and every line they printed, are the same both ways. */
  @Test
  void theServerWritesTheSameFilesAndPrintsTheSameLines() throws Exception {
    assertSameAsInProcess(servedGenerated, servedSaid);
  }

  /** The same again through the script client the launchers try first. */
  @Test
  void theScriptClientWritesTheSameFilesAndPrintsTheSameLines() throws Exception {
    assumeTrue(ScriptClient.available(), "no perl on PATH: the launchers use the Java client");
    assertSameAsInProcess(scriptedGenerated, scriptedSaid);
  }

  private static void assertSameAsInProcess(Path folder, List<String> log) throws Exception {
    assertThat(files(folder)).isEqualTo(files(generated));
    for (String file : files(generated)) {
      assertThat(Files.readAllBytes(folder.resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(generated.resolve(file)));
    }
    assertThat(log).isEqualTo(said);
  }

  static Stream<String> documents() {
    return Stream.of(DOCUMENTS);
  }

  @ParameterizedTest
  @MethodSource("documents")
  void markdownIsReproducedByteForByte(String document) throws Exception {
    String relative = document + ".md";
    byte[] expected = Files.readAllBytes(COMMITTED.resolve(relative));
    byte[] actual = Files.readAllBytes(generated.resolve(relative));
    assertThat(new String(actual, StandardCharsets.UTF_8))
        .as("briefs/%s is stale: regenerate (see README) and review the diff", relative)
        .isEqualTo(new String(expected, StandardCharsets.UTF_8));
    assertThat(actual).isEqualTo(expected);
  }

  @ParameterizedTest
  @MethodSource("documents")
  void pdfIsReproducedByteForByte(String document) throws Exception {
    String relative = document + ".pdf";
    byte[] expected = Files.readAllBytes(COMMITTED.resolve(relative));
    byte[] actual = Files.readAllBytes(generated.resolve(relative));
    // Compare the text first: when the PDF is stale, that difference is the readable one.
    assertThat(new PdfFile(actual).text())
        .as("briefs/%s is stale: regenerate (see README) and look at the PDF", relative)
        .isEqualTo(new PdfFile(expected).text());
    assertThat(actual)
        .as("briefs/%s differs in layout or bytes: regenerate and look at it", relative)
        .isEqualTo(expected);
  }

  static Stream<String> htmlDocuments() {
    return Stream.of(HTML_DOCUMENTS);
  }

  @ParameterizedTest
  @MethodSource("htmlDocuments")
  void htmlIsReproducedByteForByte(String document) throws Exception {
    String relative = document + ".html";
    byte[] expected = Files.readAllBytes(COMMITTED.resolve(relative));
    byte[] actual = Files.readAllBytes(generated.resolve(relative));
    assertThat(new String(actual, StandardCharsets.UTF_8))
        .as(
            "briefs/%s is stale: regenerate (see README), review the diff and look at it in a"
                + " browser",
            relative)
        .isEqualTo(new String(expected, StandardCharsets.UTF_8));
    assertThat(actual).isEqualTo(expected);
  }

  static Stream<String> docx() {
    return Stream.of(DOCX);
  }

  @ParameterizedTest
  @MethodSource("docx")
  void docxIsReproducedByteForByte(String document) throws Exception {
    String relative = document + ".docx";
    byte[] expected = Files.readAllBytes(COMMITTED.resolve(relative));
    byte[] actual = Files.readAllBytes(generated.resolve(relative));
    Map<String, byte[]> expectedParts = parts(expected);
    Map<String, byte[]> actualParts = parts(actual);
    // Compare the parts first: a stale document.xml is a readable difference, and a chart's PNG
    // may differ alone, as Java 2D can set pixels differently on another JDK.
    assertThat(actualParts.keySet())
        .as("briefs/%s has other parts", relative)
        .isEqualTo(expectedParts.keySet());
    for (String part : expectedParts.keySet()) {
      if (part.endsWith(".xml") || part.endsWith(".rels")) {
        assertThat(new String(actualParts.get(part), StandardCharsets.UTF_8))
            .as("briefs/%s is stale in %s: regenerate (see README) and review it", relative, part)
            .isEqualTo(new String(expectedParts.get(part), StandardCharsets.UTF_8));
      } else {
        assertThat(actualParts.get(part))
            .as(
                "briefs/%s differs in %s (made here on Java %s): regenerate and look at it",
                relative, part, Runtime.version().feature())
            .isEqualTo(expectedParts.get(part));
      }
    }
    assertThat(actual)
        .as("briefs/%s differs in its zip bytes: regenerate", relative)
        .isEqualTo(expected);
  }

  private static Map<String, byte[]> parts(byte[] zip) throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        parts.put(entry.getName(), in.readAllBytes());
      }
    }
    return parts;
  }

  static Stream<String> charts() {
    return Stream.of(CHARTS);
  }

  @ParameterizedTest
  @MethodSource("charts")
  void chartIsReproducedByteForByte(String chart) throws Exception {
    String expected = Files.readString(COMMITTED.resolve(chart));
    assertThat(Files.readString(generated.resolve(chart)))
        .as("briefs/%s is stale: regenerate (see README) and look at it", chart)
        .isEqualTo(expected);
  }

  @Test
  void twoGenerationsAreByteIdentical(@TempDir Path again) throws Exception {
    run(
        again,
        "brief",
        "fazl-barez",
        "--motion",
        "ai-autonomy-over-life",
        "--kind",
        "moderator",
        "--format",
        "md,pdf,html");
    String pdf = DOCUMENTS[0] + ".pdf";
    assertThat(Files.readAllBytes(again.resolve(pdf)))
        .isEqualTo(Files.readAllBytes(generated.resolve(pdf)));
    String html = HTML_DOCUMENTS[0] + ".html";
    assertThat(Files.readAllBytes(again.resolve(html)))
        .isEqualTo(Files.readAllBytes(generated.resolve(html)));
    String chart = CHARTS[0];
    assertThat(Files.readAllBytes(again.resolve(chart)))
        .isEqualTo(Files.readAllBytes(generated.resolve(chart)));
    run(
        again,
        "brief",
        "fazl-barez",
        "--motion",
        "ai-autonomy-over-life",
        "--kind",
        "opponent",
        "--format",
        "docx");
    String docx = DOCX[0] + ".docx";
    assertThat(Files.readAllBytes(again.resolve(docx)))
        .isEqualTo(Files.readAllBytes(generated.resolve(docx)));
  }

  @Test
  void theCommittedBriefsAreExactlyTheFilesThisTestComparesAndGenerates() throws Exception {
    List<String> compared =
        Stream.of(
                documents().flatMap(d -> Stream.of(d + ".md", d + ".pdf")),
                htmlDocuments().map(d -> d + ".html"),
                docx().map(d -> d + ".docx"),
                charts())
            .flatMap(files -> files)
            .sorted()
            .toList();
    assertThat(files(COMMITTED)).isEqualTo(compared);
    assertThat(files(generated)).isEqualTo(compared);
  }

  private static List<String> files(Path root) throws Exception {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }
}
