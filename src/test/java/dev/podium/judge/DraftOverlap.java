package dev.podium.judge;

import dev.podium.TestSeeds;
import dev.podium.cli.Main;
import dev.podium.load.Diagnostics;
import dev.podium.load.SeedsDirectory;
import dev.podium.load.SeedsLoader;
import dev.podium.model.Theme;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How much of the bundled persona's curated themes (those not marked drafted) a draft recovers:
 * they are removed from a copy of the seeds, {@code podium draft} is run there, and the record ids
 * the curated themes cite (arguments and counters) are looked for in the drafted ones.
 */
public final class DraftOverlap {
  static final String PERSONA = "fazl-barez";

  private DraftOverlap() {}

  /**
   * @param curated the ids the curated themes cite
   * @param drafted the ids the drafted themes cite
   * @param stancePairs (stance, id) pairs of the curated themes
   * @param stancePairsDrafted of those, the pairs whose stance's drafted theme cites the id too
   */
  public record Result(
      Set<String> curated, Set<String> drafted, int stancePairs, int stancePairsDrafted) {
    /** The share of the curated themes' records that the drafted themes also cite. */
    public double share() {
      return (double) curated.stream().filter(drafted::contains).count() / curated.size();
    }

    /** The stricter share: cited for the same stance. */
    public double stanceShare() {
      return (double) stancePairsDrafted / stancePairs;
    }

    public List<String> missed() {
      return curated.stream().filter(id -> !drafted.contains(id)).toList();
    }
  }

  public static Result measure(Path work) {
    List<Theme> curated = themes(TestSeeds.SEEDS).stream().filter(t -> !t.drafted()).toList();
    Path seeds = TestSeeds.copy(work);
    try {
      Files.delete(seeds.resolve("personas").resolve(PERSONA).resolve("themes.yaml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(out),
            new PrintWriter(err),
            "draft",
            PERSONA,
            "--seeds",
            seeds.toString());
    if (code != 0) {
      throw new IllegalStateException("podium draft failed: " + err);
    }
    List<Theme> drafted = themes(seeds);
    int pairs = 0;
    int found = 0;
    for (Theme c : curated) {
      Set<String> mine = cited(List.of(c));
      Set<String> theirs =
          cited(drafted.stream().filter(d -> d.stance().equals(c.stance())).toList());
      pairs += mine.size();
      found += (int) mine.stream().filter(theirs::contains).count();
    }
    return new Result(cited(curated), cited(drafted), pairs, found);
  }

  private static List<Theme> themes(Path seeds) {
    Diagnostics diagnostics = new Diagnostics();
    var located = new SeedsLoader(SeedsDirectory.onDisk(seeds)).themes(PERSONA, diagnostics);
    if (located == null || diagnostics.hasErrors()) {
      throw new IllegalStateException(
          "themes of " + PERSONA + " do not load: " + diagnostics.sorted());
    }
    return located.value().themes();
  }

  private static Set<String> cited(List<Theme> themes) {
    Set<String> ids = new LinkedHashSet<>();
    for (Theme t : themes) {
      t.arguments().forEach(a -> ids.addAll(a.evidence()));
      t.counters().forEach(c -> ids.addAll(c.evidence()));
    }
    return ids;
  }
}
