package dev.podium.judge;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podium.TestSeeds;
import dev.podium.cli.Main;
import dev.podium.load.Diagnostics;
import dev.podium.load.DossierLoader;
import dev.podium.load.SeedsDirectory;
import dev.podium.model.Dossier;
import dev.podium.model.Evidence;
import dev.podium.model.Side;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A real speaker with hand labels (src/test/resources/speakers): the raw profile and listing a new
 * user would bring, the truth for every listed paper and the side a preparer expects.
 */
public record LabelledSpeaker(String id, boolean dev, Path folder, Path profile, Path listing) {
  /** The motion the labels judge bearing on. */
  public static final String MOTION = "ai-autonomy-over-life";

  /** The year given to listing dates printed without one, as the truth files do. */
  public static final int YEAR = 2026;

  private static final Path ROOT = Path.of("src/test/resources/speakers");

  /** One listed paper as the truth file records it. */
  public record Truth(
      int index,
      String title,
      List<String> authors,
      boolean et_al,
      String date,
      List<String> stances,
      String rationale,
      boolean ambiguous,
      String bearing,
      boolean bearing_ambiguous,
      String bearing_reason) {
    public Side side() {
      return Side.valueOf(bearing.toUpperCase(Locale.ROOT));
    }
  }

  /** The side a preparer expects, and why. */
  public record Expected(String persona_id, String side, String why) {}

  /** The seed speaker first, then the development speakers. */
  public static List<LabelledSpeaker> all() {
    // The seed speaker's raw documents are the bundled persona's sources; only labels live here.
    Path seedSources = TestSeeds.SEEDS.resolve("personas/fazl-barez/sources");
    return List.of(
        new LabelledSpeaker(
            "fazl-barez",
            false,
            ROOT.resolve("fazl-barez"),
            seedSources.resolve("000_a288d382dc143469.txt"),
            seedSources.resolve("001_b89f686bb3a49483.txt")),
        development("owain-evans"),
        development("ronald-arkin"));
  }

  private static LabelledSpeaker development(String id) {
    Path folder = ROOT.resolve(id);
    return new LabelledSpeaker(
        id, true, folder, folder.resolve("profile.md"), folder.resolve("listing.txt"));
  }

  public List<Truth> truth() {
    return List.of(read("listing-truth.json", Truth[].class));
  }

  public Expected expected() {
    return read("expected.json", Expected.class);
  }

  /**
   * Imports the speaker as a new user would, with {@code podium init --from-profile --from-listing}
   * into a copy of the repository's stances and motions under {@code dir}, and returns the seeds
   * folder written.
   */
  public Path importInto(Path dir) {
    Path seeds = dir.resolve("seeds");
    TestSeeds.copyTree(TestSeeds.SEEDS.resolve("motions"), seeds.resolve("motions"));
    TestSeeds.copyTree(TestSeeds.SEEDS.resolve("schemas"), seeds.resolve("schemas"));
    try {
      Files.copy(TestSeeds.SEEDS.resolve("stances.yaml"), seeds.resolve("stances.yaml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    run(
        "init",
        id,
        "--from-profile",
        profile().toString(),
        "--from-listing",
        listing().toString(),
        "--year",
        String.valueOf(YEAR),
        "--seeds",
        seeds.toString());
    return seeds;
  }

  /** The dossier of an imported speaker for the labelled motion. */
  public Dossier dossier(Path seeds) {
    Diagnostics diagnostics = new Diagnostics();
    Dossier dossier = new DossierLoader(SeedsDirectory.onDisk(seeds)).load(id, MOTION, diagnostics);
    if (dossier == null) {
      throw new AssertionError(id + " does not load: " + diagnostics.sorted());
    }
    return dossier;
  }

  /**
   * The imported records in the truth file's order, matched by title, so that the labels and the
   * records line up whatever order the import wrote them in.
   */
  public List<Evidence> inTruthOrder(Dossier dossier) {
    List<Evidence> ordered = new ArrayList<>();
    for (Truth t : truth()) {
      ordered.add(
          dossier.evidence().stream()
              .filter(e -> fold(e.title()).equals(fold(t.title())))
              .findFirst()
              .orElseThrow(() -> new AssertionError(id + ": no record titled " + t.title())));
    }
    return ordered;
  }

  private static String fold(String title) {
    return title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static void run(String... args) {
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
    if (code != 0) {
      throw new AssertionError("podium " + String.join(" ", args) + " exited " + code + ": " + err);
    }
  }

  private <T> T read(String file, Class<T> type) {
    ObjectMapper json =
        new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    try {
      return json.readValue(folder.resolve(file).toFile(), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
