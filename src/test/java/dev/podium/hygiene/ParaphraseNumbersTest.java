package dev.podium.hygiene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.TestSeeds;
import dev.podium.assemble.BriefAssembler;
import dev.podium.assemble.BriefKind;
import dev.podium.assemble.BriefRequest;
import dev.podium.assemble.BriefView;
import dev.podium.cli.Main;
import dev.podium.judge.LabelledSpeaker;
import dev.podium.load.Diagnostics;
import dev.podium.load.DossierLoader;
import dev.podium.load.SeedsDirectory;
import dev.podium.model.Dossier;
import dev.podium.model.Evidence;
import dev.podium.model.Theme;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every number a brief's paraphrase states is one its records state. The paraphrases are the theme
 * texts a brief shows (headline, position, argument claims, objections and responses, questions)
 * and the handout's key points; the records are the title, abstract and finding of the speaker's
 * evidence: for an argument claim, of the records it cites, for a handout key point, of the one
 * source it shows, and for the rest, of any of the speaker's records. A percentage also keeps the
 * word its source measures it in: against "96% accuracy", "detects 96% of harmful cases" is a
 * different claim.
 *
 * <p>The speakers are those whose briefs are committed, loaded as {@code GoldenBriefTest} builds
 * them: the bundled personas from seeds/, the development speakers imported from their raw sources
 * and drafted. The texts are taken from the model's themes, which the rewrite of the templates and
 * views leaves alone; the assembled views only say which themes a brief shows and which source a
 * handout key point cites.
 */
class ParaphraseNumbersTest {
  @TempDir static Path scratch;

  private static final List<Paraphrase> paraphrases = new ArrayList<>();
  private static final List<String> unshown = new ArrayList<>();

  /** A text a brief shows, where it comes from, and the records it may take numbers from. */
  record Paraphrase(String speaker, String where, String text, List<Evidence> sources) {
    @Override
    public String toString() {
      return speaker + ": " + where + ": \"" + text + "\"";
    }
  }

  @BeforeAll
  static void collect() {
    SeedsDirectory bundled = SeedsDirectory.onDisk(TestSeeds.SEEDS);
    // Themes a bundled persona lacks are drafted when its brief is made; podium draft writes the
    // same drafts, so a drafted copy of the seeds holds every theme the briefs show.
    Path drafted = TestSeeds.copy(scratch.resolve("bundled"));
    for (String motion : bundled.motionIds()) {
      for (String id : bundled.personaIds()) {
        run("draft", id, "--motion", motion, "--seeds", drafted.toString());
        Dossier dossier = load(TestSeeds.SEEDS, id, motion);
        List<Theme> themes = new ArrayList<>(dossier.themes());
        for (Theme draft : load(drafted, id, motion).themes()) {
          if (themes.stream().noneMatch(t -> t.stance().equals(draft.stance()))) {
            themes.add(draft);
          }
        }
        add(id, dossier, themes, "seeds/personas/" + id + "/themes.yaml");
      }
      for (LabelledSpeaker speaker :
          LabelledSpeaker.all().stream().filter(LabelledSpeaker::dev).toList()) {
        Path seeds = speaker.importInto(scratch.resolve(motion).resolve(speaker.id()));
        run("draft", speaker.id(), "--motion", motion, "--seeds", seeds.toString());
        Dossier dossier = load(seeds, speaker.id(), motion);
        add(speaker.id(), dossier, dossier.themes(), "its imported themes.yaml");
      }
    }
  }

  @Test
  void everyNumberAParaphraseStatesIsInItsRecords() {
    assertThat(paraphrases).isNotEmpty();
    List<String> found = new ArrayList<>(unshown);
    for (Paraphrase p : paraphrases) {
      for (NumberClaims.Stated n : NumberClaims.in(p.text())) {
        if (!stated(n, p.sources())) {
          found.add(
              p
                  + "\n      states "
                  + p.text().substring(n.start(), n.end()).strip()
                  + ", which no title, abstract or finding of "
                  + sourcesNamed(p)
                  + " states");
        }
      }
    }
    assertThat(found).withFailMessage(() -> report("number not in its records", found)).isEmpty();
  }

  @Test
  void aPercentageKeepsTheWordItMeasures() {
    assertThat(paraphrases).isNotEmpty();
    List<String> found = new ArrayList<>();
    for (Paraphrase p : paraphrases) {
      for (NumberClaims.Stated n : NumberClaims.in(p.text())) {
        if (n.kind() != NumberClaims.Kind.PERCENT) {
          continue;
        }
        Set<String> units = NumberClaims.unitsOf(n, texts(p.sources()));
        if (!NumberClaims.keepsUnit(n, p.text(), units)) {
          found.add(
              p
                  + "\n      says "
                  + p.text().substring(n.start(), n.end()).strip()
                  + " without "
                  + String.join(" or ", units.stream().map(u -> "\"" + u + "\"").toList())
                  + ", the word its source measures it in");
        }
      }
    }
    assertThat(found).withFailMessage(() -> report("percentage without its unit", found)).isEmpty();
  }

  private static void add(String speaker, Dossier dossier, List<Theme> themes, String file) {
    List<BriefView> views =
        BriefKind.ALL.stream()
            .map(kind -> new BriefAssembler("test").assemble(dossier, BriefRequest.of(kind)))
            .toList();
    Set<String> shown = new LinkedHashSet<>();
    views.forEach(v -> v.themes().forEach(t -> shown.add(t.stance())));
    List<Evidence> all = dossier.evidence();
    for (String stance : shown) {
      Theme theme = themes.stream().filter(t -> t.stance().equals(stance)).findFirst().orElse(null);
      if (theme == null) {
        unshown.add(
            speaker
                + ": a brief shows a theme on '"
                + stance
                + "' that neither the seeds nor podium draft hold, so its numbers go unchecked");
        continue;
      }
      String where =
          "theme '"
              + stance
              + "' ("
              + (theme.drafted() ? "drafted by Podium" : "written in " + file)
              + ")";
      paraphrases.add(new Paraphrase(speaker, where + ", headline", theme.headline(), all));
      if (theme.position() != null) {
        paraphrases.add(new Paraphrase(speaker, where + ", position", theme.position(), all));
      }
      for (int i = 0; i < theme.arguments().size(); i++) {
        Theme.Argument a = theme.arguments().get(i);
        List<Evidence> cited =
            a.evidence().stream().map(dossier::evidence).filter(Objects::nonNull).toList();
        paraphrases.add(
            new Paraphrase(speaker, where + ", argument " + (i + 1) + " claim", a.claim(), cited));
      }
      for (int i = 0; i < theme.counters().size(); i++) {
        Theme.Counter c = theme.counters().get(i);
        paraphrases.add(
            new Paraphrase(speaker, where + ", objection " + (i + 1), c.objection(), all));
        paraphrases.add(
            new Paraphrase(speaker, where + ", response " + (i + 1), c.response(), all));
      }
      for (int i = 0; i < theme.questions().size(); i++) {
        paraphrases.add(
            new Paraphrase(
                speaker, where + ", question " + (i + 1), theme.questions().get(i), all));
      }
    }
    for (BriefView view : views) {
      for (BriefView.KeyArgumentView key : view.keyArguments()) {
        Evidence source = key.source() == null ? null : dossier.evidence(key.source().id());
        if (source != null && view.kind().equals("handout")) {
          paraphrases.add(
              new Paraphrase(
                  speaker,
                  "handout key point " + key.number() + " (cites only '" + source.id() + "')",
                  key.claim(),
                  List.of(source)));
        }
      }
    }
  }

  private static boolean stated(NumberClaims.Stated n, List<Evidence> sources) {
    if (n.kind() == NumberClaims.Kind.INTEGER
        && sources.stream().anyMatch(e -> String.valueOf(e.date().getYear()).equals(n.value()))) {
      return true;
    }
    return texts(sources).stream().anyMatch(t -> NumberClaims.statedIn(n, t));
  }

  private static List<String> texts(List<Evidence> records) {
    return records.stream()
        .flatMap(e -> Stream.of(e.title(), e.abstract_(), e.finding()))
        .filter(Objects::nonNull)
        .toList();
  }

  private static String sourcesNamed(Paraphrase p) {
    return p.sources().size() > 3
        ? "the speaker's " + p.sources().size() + " records"
        : "its records ("
            + String.join(", ", p.sources().stream().map(Evidence::id).toList())
            + ")";
  }

  private static String report(String rule, List<String> found) {
    StringBuilder out = new StringBuilder();
    out.append(found.size())
        .append(found.size() == 1 ? " violation" : " violations")
        .append(" of '")
        .append(rule)
        .append("':\n");
    found.forEach(f -> out.append("  ").append(f).append('\n'));
    return out.toString();
  }

  private static Dossier load(Path seeds, String id, String motion) {
    Diagnostics diagnostics = new Diagnostics();
    Dossier dossier = new DossierLoader(SeedsDirectory.onDisk(seeds)).load(id, motion, diagnostics);
    assertThat(dossier).as("%s does not load: %s", id, diagnostics.sorted()).isNotNull();
    return dossier;
  }

  private static void run(String... args) {
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
    assertThat(code).as("podium %s: %s", String.join(" ", args), err).isZero();
  }
}
