package dev.podium.judge;

import dev.podium.model.Dossier;
import dev.podium.model.Evidence;
import dev.podium.model.Side;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints Podium's judgement on the labelled speakers, seed and development side by side: stance F1,
 * bearing accuracy and confusions, the side predicted for each speaker; then how much of the seed
 * speaker's curated themes a draft recovers. Each speaker is imported from its raw profile and
 * listing as a new user would. Run with {@code src/judge/report} ({@code --misses} also lists every
 * disagreement with the labels).
 */
public final class JudgementReport {
  private JudgementReport() {}

  public static void main(String[] args) throws IOException {
    boolean misses = List.of(args).contains("--misses");
    PrintStream out = System.out;
    Path work = Files.createTempDirectory("podium-judgement");
    List<Measured> measured = new ArrayList<>();
    for (LabelledSpeaker speaker : LabelledSpeaker.all()) {
      measured.add(Measured.of(speaker, work.resolve(speaker.id())));
    }
    out.printf(
        "Podium's judgement on %d labelled speakers (motion: %s)%n%n",
        measured.size(), LabelledSpeaker.MOTION);
    stances(out, measured, misses);
    bearings(out, measured, misses);
    sides(out, measured);
    authorship(out, measured, misses);
    drafts(out, DraftOverlap.measure(work.resolve("draft")));
  }

  private static void sides(PrintStream out, List<Measured> measured) {
    out.println("Likely side per speaker");
    out.printf(
        "  %-14s %-5s %-10s %-10s %-10s %-10s %s%n",
        "speaker", "set", "expected", "predicted", "stated", "evidence", "records for/against");
    for (Measured m : measured) {
      SidePrediction p = m.prediction();
      long bearingFor = p.bearings().values().stream().filter(b -> b.side() == Side.FOR).count();
      long bearingAgainst =
          p.bearings().values().stream().filter(b -> b.side() == Side.AGAINST).count();
      out.printf(
          "  %-14s %-5s %-10s %-10s %-10s %-10s %d/%d%n",
          m.speaker().id(),
          m.set(),
          m.speaker().expected().side(),
          id(p.side()),
          p.stated() == null ? "none" : p.stated().side().id(),
          id(p.evidenceSide()),
          bearingFor,
          bearingAgainst);
    }
    out.println();
  }

  /**
   * How many records each speaker is judged to have written, and on what: the authors shown, the
   * profile's own publications, a hand-set value; and how many lists are cut short before his name
   * could show. With {@code misses}, the records the profile names that are not judged his.
   */
  private static void authorship(PrintStream out, List<Measured> measured, boolean misses) {
    out.println("Authorship per record (no labels: what the sources say)");
    out.printf("  %-14s %-5s %8s", "speaker", "set", "records");
    for (Authorship.Reason reason : Authorship.Reason.values()) {
      out.print("  " + label(reason));
    }
    out.println();
    for (Measured m : measured) {
      Authorship authorship = m.authorship();
      out.printf("  %-14s %-5s %8d", m.speaker().id(), m.set(), m.dossier().evidence().size());
      for (Authorship.Reason reason : Authorship.Reason.values()) {
        long n =
            m.dossier().evidence().stream()
                .filter(e -> authorship.judge(e).reason() == reason)
                .count();
        out.printf("  %" + label(reason).length() + "d", n);
      }
      out.println();
    }
    if (misses) {
      for (Measured m : measured) {
        m.dossier().evidence().stream()
            .filter(e -> e.key() && !m.authorship().authored(e))
            .forEach(
                e ->
                    out.println(
                        "    "
                            + m.speaker().id()
                            + ": named by the profile, "
                            + m.authorship()
                                .status(e)
                                .name()
                                .toLowerCase(Locale.ROOT)
                                .replace('_', ' ')
                            + ": "
                            + e.title()));
      }
    }
    out.println();
  }

  private static String label(Authorship.Reason reason) {
    return reason.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static void drafts(PrintStream out, DraftOverlap.Result r) {
    out.println(
        "Drafted themes vs curated ("
            + DraftOverlap.PERSONA
            + ": curated themes removed, podium draft run)");
    out.printf(Locale.ROOT, "  records the curated themes cite:    %d%n", r.curated().size());
    out.printf(
        Locale.ROOT, "  also cited by the drafted themes:   %.2f (target 0.75)%n", r.share());
    out.printf(
        Locale.ROOT,
        "  cited for the same stance:          %.2f (%d of %d stance-record pairs)%n",
        r.stanceShare(),
        r.stancePairsDrafted(),
        r.stancePairs());
    out.println("  missed: " + (r.missed().isEmpty() ? "none" : String.join(", ", r.missed())));
    out.println();
  }

  private static String id(Side side) {
    return side == null ? "undecided" : side.id();
  }

  private static void bearings(PrintStream out, List<Measured> measured, boolean misses) {
    out.println("Bearing on the motion, per record (all labels)");
    out.printf(
        "  %-14s %-5s %8s %9s %10s %11s%n",
        "speaker", "set", "records", "accuracy", "baseline", "confusions");
    for (Measured m : measured) {
      bearingRow(out, m.speaker().id(), m.set(), m.bearings());
    }
    bearingRow(
        out,
        "dev, pooled",
        "dev",
        BearingScores.pooled(
            measured.stream().filter(m -> m.speaker().dev()).map(Measured::bearings).toList()));
    out.println(
        "  baseline: every record neutral; confusions: for judged against or against judged for");
    if (misses) {
      measured.forEach(
          m ->
              m.bearings()
                  .misses()
                  .forEach(x -> out.println("    " + m.speaker().id() + ": " + x)));
    }
    out.println();
  }

  private static void bearingRow(PrintStream out, String name, String set, BearingScores b) {
    out.printf(
        Locale.ROOT,
        "  %-14s %-5s %8d %9.2f %10.2f %11d%n",
        name,
        set,
        b.records(),
        b.accuracy(),
        b.baselineAccuracy(),
        b.confusions());
  }

  /** A speaker imported and judged. */
  record Measured(
      LabelledSpeaker speaker,
      Dossier dossier,
      List<Evidence> records,
      StanceScores stances,
      BearingScores bearings,
      Authorship authorship,
      SidePrediction prediction) {
    static Measured of(LabelledSpeaker speaker, Path dir) {
      Dossier dossier = speaker.dossier(speaker.importInto(dir));
      List<Evidence> records = speaker.inTruthOrder(dossier);
      BearingJudge judge = new BearingJudge(dossier.motion(), dossier.taxonomy());
      List<RecordBearing> bearings = records.stream().map(judge::of).toList();
      Authorship authorship = Authorship.of(dossier.persona());
      LocalDate asOf =
          dossier.evidence().stream().map(Evidence::date).max(LocalDate::compareTo).orElseThrow();
      SidePrediction prediction =
          new SidePredictor(new EvidenceStrength(authorship, asOf), authorship).predict(dossier);
      return new Measured(
          speaker,
          dossier,
          records,
          StanceScores.of(speaker.truth(), records),
          BearingScores.of(speaker.truth(), bearings),
          authorship,
          prediction);
    }

    String set() {
      return speaker.dev() ? "dev" : "seed";
    }
  }

  private static void stances(PrintStream out, List<Measured> measured, boolean misses) {
    out.println("Stance tagging: F1 per stance on unambiguous labels");
    out.printf("  %-14s %-5s", "speaker", "set");
    StanceScores.LABELLED.forEach(s -> out.printf(" %18s", s));
    out.printf(" %7s%n", "macro");
    for (Measured m : measured) {
      row(out, m.speaker().id(), m.set(), m.stances());
    }
    row(
        out,
        "dev, pooled",
        "dev",
        StanceScores.pooled(
            measured.stream().filter(m -> m.speaker().dev()).map(Measured::stances).toList()));
    if (misses) {
      measured.forEach(
          m ->
              m.stances().misses().forEach(x -> out.println("    " + m.speaker().id() + ": " + x)));
    }
    out.println();
  }

  private static void row(PrintStream out, String name, String set, StanceScores scores) {
    out.printf(Locale.ROOT, "  %-14s %-5s", name, set);
    for (StanceScores.Score s : scores.perStance()) {
      out.printf(Locale.ROOT, " %7.2f (%2d/%2d/%2d)", s.f1(), s.tp(), s.fp(), s.fn());
    }
    out.printf(Locale.ROOT, " %7.2f%n", scores.macroF1());
  }
}
