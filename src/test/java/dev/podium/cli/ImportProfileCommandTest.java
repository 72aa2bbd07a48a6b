package dev.podium.cli;

import static dev.podium.cli.ImportListingCommandTest.podium;
import static dev.podium.cli.ImportListingCommandTest.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.TestSeeds;
import dev.podium.cli.ImportListingCommandTest.Run;
import dev.podium.load.Diagnostics;
import dev.podium.load.LoadedPersona;
import dev.podium.load.SeedsDirectory;
import dev.podium.load.SeedsLoader;
import dev.podium.model.Evidence;
import dev.podium.model.Persona;
import dev.podium.model.Side;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportProfileCommandTest {
  private static final Path PROFILE =
      Path.of("seeds/personas/fazl-barez/sources/000_a288d382dc143469.txt");
  private static final Path LISTING =
      Path.of("seeds/personas/fazl-barez/sources/001_b89f686bb3a49483.txt");

  @TempDir Path temp;

  private static LoadedPersona load(Path seeds, String id) {
    Diagnostics diagnostics = new Diagnostics();
    LoadedPersona loaded = new SeedsLoader(SeedsDirectory.onDisk(seeds)).persona(id, diagnostics);
    assertThat(diagnostics.sorted()).isEmpty();
    return loaded;
  }

  @Test
  void theSeedProfileBecomesAPersonaThatLoadsCleanly() {
    Path seeds = TestSeeds.copy(temp);
    Run run =
        podium(
            "import",
            "profile",
            PROFILE.toString(),
            "--persona",
            "jane-doe",
            "--seeds",
            seeds.toString());

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("wrote ")
        .contains("persona.yaml (profile)")
        .contains("themes.yaml (themes skeleton)");
    Persona p = load(seeds, "jane-doe").persona().value();
    assertThat(p.name()).isEqualTo("Fazl Barez");
    assertThat(p.honorific()).isEqualTo("Dr");
    assertThat(p.headline()).isEqualTo("Senior Researcher");
    assertThat(p.authorNames()).containsExactly("Fazl Barez");
    assertThat(p.pronouns()).isEqualTo(new Persona.Pronouns("he", "him", "his"));
    assertThat(p.bio()).hasSize(3);
    assertThat(p.bio().get(1))
        .contains("within the AI Governance Initiative, focusing")
        .doesNotContain("](");
    assertThat(p.expertise()).hasSize(8).contains("Fairness and ethical AI development");
    assertThat(p.publications())
        .hasSize(8)
        .allSatisfy(pub -> assertThat(pub.url()).startsWith("https://"));
    assertThat(p.publications().get(0))
        .isEqualTo(
            new Persona.Publication(
                "Open Problems in Machine Unlearning for AI Safety",
                2025,
                "https://arxiv.org/pdf/2501.04952",
                null));
    assertThat(p.keyPapers())
        .containsExactly(
            new Persona.Publication(
                "Sleeper Agents: Training Deceptive LLMs that Persist Through Safety Training",
                2024,
                "https://arxiv.org/abs/2401.05566",
                null),
            new Persona.Publication(
                "Large Language Models Relearn Removed Concepts",
                2024,
                "https://arxiv.org/abs/2401.01814",
                null),
            new Persona.Publication(
                "Sycophancy to Subterfuge: Investigating Reward-Tampering in Large Language Models",
                2024,
                "https://arxiv.org/abs/2406.10162",
                null));
    assertThat(p.links())
        .extracting(Persona.Link::url)
        .contains(
            "https://www.oxfordmartin.ox.ac.uk/ai-governance",
            "https://fbarez.github.io/",
            "https://github.com/anthropics/sycophancy-to-subterfuge-paper");
    assertThat(p.appearances()).hasSize(6);
    assertThat(p.appearances().get(0).year()).isEqualTo(2024);
    assertThat(p.appearances().get(3))
        .isEqualTo(
            new Persona.Appearance(
                "Mechanistic Interpretability Panel",
                "keynote or panel",
                "International Conference on Learning Representations 2024",
                "Austria",
                2024));
    assertThat(p.appearances().get(4).role()).isEqualTo("co-organiser");
    assertThat(p.appearances().get(5).place()).isEqualTo("NTU Singapore");
    assertThat(p.mediaSummary())
        .startsWith("Dr Fazl Barez has engaged")
        .endsWith("AI safety and interpretability.");
    assertThat(p.media())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.outlet()).isEqualTo("Raconteur");
              assertThat(m.year()).isEqualTo(2025);
            });
    assertThat(p.position())
        .isEqualTo(
            new Persona.StatedPosition(
                "ai-autonomy-over-life",
                Side.AGAINST,
                "The profile expects Dr Fazl Barez to argue against the motion.",
                "likely arguing that AI should not be granted autonomous decision‑making power over"
                    + " human life until such failure modes are tightly controlled, if ever.",
                "sources/000_a288d382dc143469.txt"));
    assertThat(p.coreThemes())
        .hasSize(3)
        .first()
        .asString()
        .startsWith("Technical AI safety with emphasis on interpretability");
    assertThat(seeds.resolve("personas/jane-doe/sources/000_a288d382dc143469.txt"))
        .hasSameBinaryContentAs(PROFILE);
    assertThat(podium("check", "--seeds", seeds.toString()).out()).startsWith("ok: ");
  }

  @Test
  void reorderedAndMissingSectionsStillImport() throws Exception {
    Path seeds = TestSeeds.copy(temp);
    Path profile = temp.resolve("short.md");
    Files.writeString(
        profile,
        """
        # Prof. Ada Example

        **Core Themes**

        - Careful **evaluation** of models.

        ## Expertise
        - Robustness

        **About**

        She studies [robust learning](https://example.org/ada). Her work is cited widely.
        """);
    Run run =
        podium(
            "import",
            "profile",
            profile.toString(),
            "--persona",
            "ada-example",
            "--seeds",
            seeds.toString());

    assertThat(run.code()).as(run.err()).isZero();
    Persona p = load(seeds, "ada-example").persona().value();
    assertThat(p.honorific()).isEqualTo("Prof.");
    assertThat(p.name()).isEqualTo("Ada Example");
    assertThat(p.headline()).isNull();
    assertThat(p.pronouns()).isEqualTo(new Persona.Pronouns("she", "her", "her"));
    assertThat(p.expertise()).containsExactly("Robustness");
    assertThat(p.coreThemes()).containsExactly("Careful evaluation of models.");
    assertThat(p.bio()).containsExactly("She studies robust learning. Her work is cited widely.");
    assertThat(p.links()).extracting(Persona.Link::url).containsExactly("https://example.org/ada");
    assertThat(p.publications()).isEmpty();
  }

  @Test
  void keyPapersAreMarkedAndARerunChangesNothing() throws Exception {
    Path seeds = TestSeeds.copy(temp);
    String dir = seeds.toString();
    assertThat(
            podium(
                    "import",
                    "listing",
                    LISTING.toString(),
                    "--persona",
                    "jane-doe",
                    "--year",
                    "2026",
                    "--seeds",
                    dir)
                .code())
        .isZero();

    Run run =
        podium("import", "profile", PROFILE.toString(), "--persona", "jane-doe", "--seeds", dir);

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("note: persona.yaml exists and is left as is")
        .contains("key     sleeper-agents  key, url, arxiv_id, type\n");
    Map<String, Evidence> byId = new java.util.HashMap<>();
    load(seeds, "jane-doe").evidenceList().forEach(e -> byId.put(e.id(), e));
    assertThat(byId.get("sleeper-agents").key()).isTrue();
    assertThat(byId.get("sleeper-agents").url()).isEqualTo("https://arxiv.org/abs/2401.05566");
    assertThat(byId.get("sleeper-agents").arxivId()).isEqualTo("2401.05566");
    assertThat(byId.values().stream().filter(Evidence::key).count()).isGreaterThanOrEqualTo(4);
    assertThat(podium("check", "--seeds", dir).out()).startsWith("ok: ");

    Map<String, String> before = snapshot(seeds);
    Run again =
        podium("import", "profile", PROFILE.toString(), "--persona", "jane-doe", "--seeds", dir);
    assertThat(again.out()).contains("marked 0 key papers").endsWith("is up to date\n");
    assertThat(snapshot(seeds)).isEqualTo(before);
    // A listing re-import keeps the marks, since they were made after the listing's values.
    podium(
        "import",
        "listing",
        LISTING.toString(),
        "--persona",
        "jane-doe",
        "--year",
        "2026",
        "--seeds",
        dir);
    assertThat(Files.readString(seeds.resolve("personas/jane-doe/evidence.yaml")))
        .contains("key: true");
  }

  @Test
  void profileThenListingThenBriefMentionsTheProfileAndCitesPapers() throws Exception {
    Path seeds = TestSeeds.copy(temp);
    String dir = seeds.toString();
    assertThat(
            podium("import", "profile", PROFILE.toString(), "--persona", "jane-doe", "--seeds", dir)
                .code())
        .isZero();
    Run listing =
        podium(
            "import",
            "listing",
            LISTING.toString(),
            "--persona",
            "jane-doe",
            "--year",
            "2026",
            "--seeds",
            dir);
    assertThat(listing.code()).isZero();
    // The listing comes second, yet the papers the profile names arrive marked.
    assertThat(listing.out()).contains("add     sleeper-agents  ").contains("  (key paper)\n");
    Map<String, Evidence> byId = new java.util.HashMap<>();
    load(seeds, "jane-doe").evidenceList().forEach(e -> byId.put(e.id(), e));
    assertThat(byId.get("sleeper-agents").key()).isTrue();
    assertThat(byId.get("sleeper-agents").url()).isEqualTo("https://arxiv.org/abs/2401.05566");
    assertThat(load(seeds, "jane-doe").persona().value().keyPapers().get(0).evidence()).isNull();
    Path out = temp.resolve("out");

    Run brief =
        podium("brief", "jane-doe", "--format", "md", "--seeds", dir, "--out", out.toString());

    assertThat(brief.code()).as(brief.err()).isZero();
    try (var files = Files.walk(out.resolve("jane-doe"))) {
      Path md = files.filter(f -> f.toString().endsWith(".md")).findFirst().orElseThrow();
      assertThat(Files.readString(md))
          .contains("Fazl Barez")
          .contains("Senior Researcher")
          .contains("Sleeper Agents");
    }
  }

  @Test
  void aProfileWithoutATitleIsALocatedErrorAndNothingIsWritten() throws Exception {
    Path seeds = TestSeeds.copy(temp);
    Map<String, String> before = snapshot(seeds);
    Path profile = temp.resolve("untitled.md");
    Files.writeString(profile, "Senior Researcher\n\n### About\n\nSomeone.\n");

    Run run =
        podium(
            "import",
            "profile",
            profile.toString(),
            "--persona",
            "jane-doe",
            "--seeds",
            seeds.toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).startsWith(profile + ":1:1: no title line").doesNotContain("\tat ");
    assertThat(snapshot(seeds)).isEqualTo(before);
  }
}
