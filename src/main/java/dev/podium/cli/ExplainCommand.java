package dev.podium.cli;

import dev.podium.judge.Authorship;
import dev.podium.judge.BearingJudge;
import dev.podium.judge.RecordBearing;
import dev.podium.load.Diagnostics;
import dev.podium.load.DossierLoader;
import dev.podium.load.SeedsDirectory;
import dev.podium.model.Dossier;
import dev.podium.model.Evidence;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code podium explain}: every automatic judgement on a persona's records and what it rests on, so
 * a user can check it and override it in {@code evidence.yaml}.
 */
@Command(
    name = "explain",
    description = {
      "Show what Podium judged about each of a persona's records and what each judgement rests on:",
      "the stances and the terms that tagged them, the bearing on the motion and the words it was",
      "read from, the finding, and whether the speaker wrote it (among the authors shown, or"
          + " listed",
      "among the profile's own publications). Override any of them in evidence.yaml (stances,",
      "bearing, bearing_reason, finding, speaker_authored)."
    },
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class)
final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SeedsOption seeds;
  @Mixin MotionOption motion;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "PERSONA",
      description = "Persona id (default: the first persona in the seeds).")
  String persona;

  @Override
  public Integer call() {
    Console console = Console.of(spec);
    SeedsDirectory dir = seeds.resolve();
    String personaId = Choices.choose("persona", persona, dir.personaIds(), dir);
    Diagnostics diagnostics = new Diagnostics();
    Dossier dossier = new DossierLoader(dir).load(personaId, motion.resolve(dir), diagnostics);
    console.errorsOf(diagnostics);
    if (dossier == null) {
      console.error("podium: " + diagnostics.counts() + "; nothing to explain");
      return ExitCode.BAD_INPUT.value();
    }
    PrintWriter out = spec.commandLine().getOut();
    BearingJudge judge = new BearingJudge(dossier.motion(), dossier.taxonomy());
    Authorship authorship = Authorship.of(dossier.persona());
    out.println(
        personaId + " on " + dossier.motion().id() + ": " + dossier.evidence().size() + " records");
    for (Evidence e : dossier.evidence()) {
      explain(out, e, judge.of(e), authorship);
    }
    out.flush();
    return ExitCode.OK.value();
  }

  private static void explain(
      PrintWriter out, Evidence e, RecordBearing bearing, Authorship authorship) {
    out.println();
    out.println(e.id() + " (" + e.date().getYear() + ")");
    out.println(
        "  stances: "
            + (e.stances().isEmpty() ? "none" : String.join(", ", e.stances()))
            + (e.matchedTerms().isEmpty() ? (e.stances().isEmpty() ? "" : " (set by hand)") : ""));
    e.matchedTerms().forEach(line -> out.println("    " + line));
    out.println("  bearing: " + bearing.explain());
    out.println(
        "  finding: " + (e.finding() == null || e.finding().isBlank() ? "none" : e.finding()));
    out.println("  by the speaker: " + authorship.judge(e).explain());
  }
}
