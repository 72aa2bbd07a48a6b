package dev.podium.cli;

import dev.podium.imports.ImportPlan;
import dev.podium.imports.ThemesDraft;
import dev.podium.judge.Authorship;
import dev.podium.judge.EvidenceStrength;
import dev.podium.judge.SidePrediction;
import dev.podium.judge.SidePredictor;
import dev.podium.judge.ThemeDrafter;
import dev.podium.load.Diagnostics;
import dev.podium.load.DossierLoader;
import dev.podium.load.Located;
import dev.podium.load.SeedsDirectory;
import dev.podium.load.SeedsLoader;
import dev.podium.load.ThemesFile;
import dev.podium.model.Dossier;
import dev.podium.model.Evidence;
import dev.podium.model.Stance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code podium draft}: drafts themes for the stances of a persona that have records but no theme,
 * into themes.yaml, marked as drafted; says per theme what it wrote or kept and what it rests on.
 */
@Command(
    name = "draft",
    description = {
      "Draft a theme for each of PERSONA's stances that has records but no theme, into"
          + " themes.yaml.",
      "Each key point groups records that share words and is argued by the finding of the strongest"
          + " (the speaker's own papers first, then peer-reviewed, then newest); objections come"
          + " from records that bear the other way and from hedged sentences. Drafted themes are"
          + " marked drafted: true. A re-run drafts afresh only themes still exactly as drafted; a"
          + " theme written or edited by hand is never changed."
    },
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class)
final class DraftCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PERSONA", description = "Persona id.")
  String persona;

  @Option(names = "--dry-run", description = "Print what would change; write nothing.")
  boolean dryRun;

  @Mixin SeedsOption seeds;
  @Mixin MotionOption motion;

  @Override
  public Integer call() throws IOException {
    Console console = Console.of(spec);
    SeedsDirectory dir = seeds.resolveOnDisk();
    String personaId = Choices.choose("persona", persona, dir.personaIds(), dir);
    Path motionFile = motion.resolve(dir);
    Diagnostics diagnostics = new Diagnostics();
    Dossier dossier = new DossierLoader(dir).load(personaId, motionFile, diagnostics);
    Located<ThemesFile> current = new SeedsLoader(dir).themes(personaId, new Diagnostics());
    console.errorsOf(diagnostics);
    if (dossier == null) {
      console.error("podium: " + diagnostics.counts() + "; nothing drafted, nothing written");
      return ExitCode.BAD_INPUT.value();
    }
    Path file = dir.personaDir(personaId).resolve("themes.yaml");
    String text = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    ThemeDrafter drafter = drafter(dossier);
    List<Stance> stances =
        dossier.taxonomy().stances().stream()
            .filter(s -> dossier.evidence().stream().anyMatch(e -> e.stances().contains(s.id())))
            .toList();
    ThemesDraft.Plan plan = ThemesDraft.plan(file, current, text, stances, drafter::draft);
    plan.outcomes().forEach(o -> report(o, console));
    if (plan.outcomes().isEmpty()) {
      console.info(
          "nothing to draft: no record of "
              + personaId
              + " carries a stance with a finding to argue from");
    }
    ImportWrites.apply(
        new ImportPlan(plan.writes(), List.of(), List.of()),
        dryRun,
        dir,
        dir.personaDir(personaId),
        console);
    return ExitCode.OK.value();
  }

  /**
   * Drafts for the side the evidence predicts, weighing recency from the newest record, as a brief
   * does.
   */
  private static ThemeDrafter drafter(Dossier dossier) {
    LocalDate asOf =
        dossier.evidence().stream()
            .map(Evidence::date)
            .max(Comparator.naturalOrder())
            .orElse(LocalDate.EPOCH);
    Authorship authorship = Authorship.of(dossier.persona());
    EvidenceStrength strength = new EvidenceStrength(authorship, asOf);
    SidePrediction prediction = new SidePredictor(strength, authorship).predict(dossier);
    return new ThemeDrafter(dossier, strength, authorship, prediction, prediction.side());
  }

  private static void report(ThemesDraft.Outcome outcome, Console console) {
    String stance = outcome.stance();
    switch (outcome.action()) {
      case ADDED -> console.info("draft   " + stance + "  " + summary(outcome));
      case REDRAFTED ->
          console.info(
              "redraft " + stance + "  " + summary(outcome) + " (still as drafted before)");
      case UNCHANGED ->
          console.info("same    " + stance + "  still as drafted; nothing new to draft");
      case REMOVED ->
          console.info("remove  " + stance + "  still as drafted, but no record argues it now");
      case KEPT_EDITED ->
          console.info(
              "keep    " + stance + "  edited since drafted; review it, then remove drafted: true");
      case KEPT_WRITTEN -> console.info("keep    " + stance + "  written by hand");
    }
    if (outcome.action() == ThemesDraft.Action.ADDED
        || outcome.action() == ThemesDraft.Action.REDRAFTED) {
      for (int i = 0; i < outcome.reasons().size(); i++) {
        String reason = outcome.reasons().get(i);
        console.info(
            "          "
                + (reason.startsWith("bear ") ? reason : "point " + (i + 1) + ": " + reason));
      }
    }
  }

  private static String summary(ThemesDraft.Outcome outcome) {
    var theme = outcome.theme();
    return theme.arguments().size()
        + " key points, "
        + theme.counters().size()
        + " objections, "
        + theme.questions().size()
        + " questions";
  }
}
