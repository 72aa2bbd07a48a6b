package dev.podium.cli;

import static dev.podium.cli.MainTest.podium;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.TestSeeds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault injection: a run is killed at every rename of its commit in turn, and after the next run
 * the folder holds the old set of files or the new one, whole, with nothing of the killed run left
 * behind.
 */
class RenameFaultTest {
  private static final Path LISTING =
      Path.of("seeds/personas/fazl-barez/sources/001_b89f686bb3a49483.txt");

  @TempDir Path temp;

  @Test
  void aBriefKilledAtAnyRenameLeavesTheOldSetOrTheNewAfterTheNextRun() throws Exception {
    String[] newRun = {"brief", "--kind", "all", "--format", "md,pdf", "--style", "apa"};
    Map<String, String> fresh = briefFiles(brief(temp.resolve("fresh"), newRun));
    int killedAt = 0;
    for (int n = 1; ; n++) {
      Path out = temp.resolve("killed-" + n);
      Path folder = brief(out, "brief", "--kind", "all", "--format", "md,pdf", "--style", "ieee");
      Map<String, String> old = briefFiles(folder);
      assertThat(old).isNotEqualTo(fresh);
      int code = killed(n, out, newRun);
      if (code == 0) {
        break;
      }
      assertThat(code).as("killed at rename %d", n).isEqualTo(137);
      killedAt = n;

      // The next run writes one of the files again, in the same folder.
      brief(out, "brief", "--kind", "moderator", "--format", "md", "--style", "apa");
      Map<String, String> after = briefFiles(folder);
      assertThat(names(folder))
          .as("rename %d: nothing of the killed run is left", n)
          .noneMatch(name -> name.startsWith("."));
      Map<String, String> oldButTheRewrittenFile = new TreeMap<>(old);
      oldButTheRewrittenFile.put("moderator.md", fresh.get("moderator.md"));
      assertThat(after)
          .as("rename %d: the old set or the new", n)
          .isIn(oldButTheRewrittenFile, fresh);
    }
    // The journal, then each of the seven files: every rename was a place to be killed.
    assertThat(killedAt).isEqualTo(8);
  }

  @Test
  void anImportKilledAtAnyRenameLeavesTheOldSetOrTheNewAfterTheNextRun() throws Exception {
    Path part = Files.createDirectories(temp.resolve("part")).resolve("listing.txt");
    Path whole = Files.createDirectories(temp.resolve("whole")).resolve("listing.txt");
    List<String> lines = Files.readAllLines(LISTING);
    Files.write(part, lines.subList(0, 30));
    Files.copy(LISTING, whole);
    Path fresh = importInto(TestSeeds.copy(temp.resolve("fresh")), part);
    importInto(fresh, whole);
    Map<String, String> freshFiles = personaFiles(fresh);
    int killedAt = 0;
    for (int n = 1; ; n++) {
      Path seeds = importInto(TestSeeds.copy(temp.resolve("killed-" + n)), part);
      Map<String, String> old = personaFiles(seeds);
      int code =
          killed(
              n,
              null,
              "import",
              "listing",
              whole.toString(),
              "--persona",
              "jane-doe",
              "--year",
              "2026",
              "--seeds",
              seeds.toString());
      if (code == 0) {
        break;
      }
      assertThat(code).as("killed at rename %d", n).isEqualTo(137);
      killedAt = n;

      // The next run only reads the seeds.
      podium("check", "--seeds", seeds.toString());
      assertThat(personaFiles(seeds))
          .as("rename %d: the old set or the new", n)
          .isIn(old, freshFiles);
    }
    // The journal, then evidence.yaml and the listing's copy.
    assertThat(killedAt).isEqualTo(3);
  }

  private Path importInto(Path seeds, Path listing) {
    MainTest.Run run =
        podium(
            "import",
            "listing",
            listing.toString(),
            "--persona",
            "jane-doe",
            "--year",
            "2026",
            "--seeds",
            seeds.toString());
    assertThat(run.code()).as(run.err()).isZero();
    return seeds;
  }

  private static Path brief(Path out, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--out", out.toString()));
    MainTest.Run run = podium(all.toArray(String[]::new));
    assertThat(run.code()).as(run.err()).isZero();
    return out.resolve("fazl-barez/ai-autonomy-over-life");
  }

  /** Runs Podium in a new process killed before its {@code n}th rename; its exit code. */
  private static int killed(int n, Path out, String... args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                KillingMain.class.getName(),
                Integer.toString(n)));
    command.addAll(List.of(args));
    if (out != null) {
      command.addAll(List.of("--out", out.toString()));
    }
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int code = process.waitFor();
    assertThat(code).as(output).isIn(0, 137);
    return code;
  }

  private static Map<String, String> briefFiles(Path folder) throws IOException {
    return contents(folder, folder);
  }

  /** The persona's files, the listing's copy among them, without the folder's path. */
  private static Map<String, String> personaFiles(Path seeds) throws IOException {
    Path persona = seeds.resolve("personas/jane-doe");
    Map<String, String> files = contents(persona, persona);
    assertThat(files.keySet())
        .as("nothing of a killed run is left")
        .noneMatch(name -> name.contains("/.") || name.startsWith("."));
    return files;
  }

  private static Map<String, String> contents(Path root, Path folder) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(
            root.relativize(file).toString(),
            Integer.toHexString(java.util.Arrays.hashCode(Files.readAllBytes(file))));
      }
    }
    return files;
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
