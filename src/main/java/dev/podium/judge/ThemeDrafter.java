package dev.podium.judge;

import dev.podium.model.Dossier;
import dev.podium.model.Evidence;
import dev.podium.model.Nullable;
import dev.podium.model.Persona;
import dev.podium.model.Side;
import dev.podium.model.Stance;
import dev.podium.model.Theme;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Drafts a theme for a stance from the speaker's records, for a person to review. Records that bear
 * against the speaker's side (on the motion, or by refuting this stance when it is on the speaker's
 * side) become objections; the others are grouped into key points ({@link KeyPoints}), each argued
 * by the finding of its strongest card: the speaker's own papers first, then peer reviewed ones
 * ({@link PeerReview}), then the newest. Objections also come from the sentences of the records
 * argued from that limit what the speaker relies on them for ({@link Hedges}), and each question
 * names the record it rests on. All text is the records' own sentences, joined by short plain
 * phrases. Records without a finding are left out: nothing may rest on them. Not thread-safe.
 */
public final class ThemeDrafter {
  /** Key points per theme: a few, as a person would argue them. */
  static final int MAX_POINTS = 4;

  static final int MAX_COUNTERS = 3;

  /** Objections from records that bear the other way; hedges fill the rest. */
  static final int MAX_OTHER_WAY = 2;

  static final int MAX_QUESTIONS = 3;

  /** A hedge longer than this is too long to read out inside a question. */
  static final int MAX_QUESTION_QUOTE = 220;

  private final Dossier dossier;
  private final EvidenceStrength strength;
  private final Authorship authorship;
  private final SidePrediction prediction;
  private final Side side;
  private final Persona.Pronouns pronouns;

  /**
   * @param side the side the speaker argues (the predicted one, or one a brief is asked for);
   *     {@code null} or neutral when undecided, and then no record counts as bearing the other way
   */
  public ThemeDrafter(
      Dossier dossier,
      EvidenceStrength strength,
      Authorship authorship,
      SidePrediction prediction,
      @Nullable Side side) {
    this.dossier = dossier;
    this.strength = strength;
    this.authorship = authorship;
    this.prediction = prediction;
    this.side = side == Side.NEUTRAL ? null : side;
    this.pronouns = dossier.persona().pronounsOrNeutral();
  }

  /** A drafted theme and what it rests on, one line per key point for the terminal. */
  public record Draft(Theme theme, List<String> reasons) {
    public Draft {
      reasons = List.copyOf(reasons);
    }
  }

  /** The drafted theme, or {@code null} when no record with a finding argues the speaker's side. */
  public @Nullable Draft draft(Stance stance) {
    List<Evidence> tagged =
        dossier.evidence().stream()
            .filter(
                e ->
                    e.stances().contains(stance.id())
                        && e.finding() != null
                        && !e.finding().isBlank())
            .sorted(cardOrder())
            .toList();
    List<Evidence> otherWay = tagged.stream().filter(e -> cutsAgainst(e, stance.id())).toList();
    // A record that reports the opposite of the stance argues against it, not for it under its
    // name.
    List<Evidence> arguable =
        tagged.stream().filter(e -> !otherWay.contains(e) && !refutes(e, stance.id())).toList();
    if (arguable.isEmpty()) {
      return null;
    }
    List<KeyPoints.Group> points =
        strongest(KeyPoints.group(arguable, stanceTerms(arguable, stance.id())));
    List<String> reasons = new ArrayList<>();
    List<Theme.Argument> arguments = new ArrayList<>();
    for (KeyPoints.Group point : points) {
      arguments.add(argument(point));
      reasons.add(reason(point));
    }
    if (!otherWay.isEmpty()) {
      reasons.add(
          "bear the other way: " + String.join(", ", otherWay.stream().map(Evidence::id).toList()));
    }
    List<Evidence> argued = points.stream().flatMap(p -> p.records().stream()).toList();
    Set<String> hedgesUsed = new LinkedHashSet<>();
    List<Theme.Counter> counters = counters(otherWay, argued, hedgesUsed);
    List<String> questions = new ArrayList<>();
    for (int i = 0; i < Math.min(MAX_QUESTIONS, points.size()); i++) {
      questions.add(question(points.get(i), i, hedgesUsed));
    }
    Theme theme = new Theme(stance.id(), stance.label(), null, arguments, counters, questions);
    return new Draft(DraftDigest.sealed(theme), reasons);
  }

  /**
   * How much a record counts toward ranking a theme for this speaker: fully when it bears the way
   * the brief's side argues, half when it bears neither way or no side is known.
   */
  public double weightFor(Evidence e) {
    return side != null && prediction.bearingOf(e).side() == side ? 1.0 : 0.5;
  }

  /** His own papers first, then those that show a peer-reviewed venue, then the newest. */
  Comparator<Evidence> cardOrder() {
    return Comparator.comparing((Evidence e) -> !authorship.authored(e))
        .thenComparing(e -> !PeerReview.shown(e))
        .thenComparing(Evidence::date, Comparator.reverseOrder())
        .thenComparing(Evidence::id);
  }

  /**
   * Whether the record bears against the speaker's side: on the motion, or by refuting this stance
   * while the stance is on the speaker's side.
   */
  private boolean cutsAgainst(Evidence e, String stance) {
    if (side == null) {
      return false;
    }
    RecordBearing bearing = prediction.bearingOf(e);
    return bearing.side() == side.opposite()
        || bearing.calls().stream()
            .anyMatch(
                c ->
                    c.stance().equals(stance)
                        && c.side() == side
                        && c.verdict() == RecordBearing.Verdict.REFUTES);
  }

  private boolean refutes(Evidence e, String stance) {
    return prediction.bearingOf(e).calls().stream()
        .anyMatch(c -> c.stance().equals(stance) && c.verdict() == RecordBearing.Verdict.REFUTES);
  }

  /**
   * The key points with the most weight behind them, at most {@value #MAX_POINTS}, heaviest first.
   */
  private List<KeyPoints.Group> strongest(List<KeyPoints.Group> groups) {
    List<KeyPoints.Group> sorted = new ArrayList<>(groups);
    // Stable: equal weights keep the order of their leads.
    sorted.sort(
        Comparator.comparingDouble(
                (KeyPoints.Group g) -> g.records().stream().mapToDouble(strength::of).sum())
            .reversed());
    return sorted.subList(0, Math.min(MAX_POINTS, sorted.size()));
  }

  private static Theme.Argument argument(KeyPoints.Group point) {
    Evidence lead = point.records().get(0);
    // The claim is the lead's finding, so the finding is the card's warrant, quoted in its context.
    return new Theme.Argument(
        lead.finding(), point.records().stream().map(Evidence::id).toList(), lead.finding());
  }

  private static String reason(KeyPoints.Group point) {
    List<String> words =
        point.shared().stream()
            .map(w -> w.startsWith("#") ? w.substring(1) : w)
            .distinct()
            .sorted()
            .toList();
    return point.records().size()
        + (point.records().size() == 1 ? " record" : " records")
        + " ("
        + String.join(", ", point.records().stream().map(Evidence::id).toList())
        + ")"
        + (words.isEmpty() ? "" : "; shared words: " + String.join(", ", words));
  }

  /**
   * Objections: the strongest records that bear the other way, answered by the speaker's own
   * strongest record on the stance; then the hedged sentences of the records argued from, the
   * speaker's own first, each answered by the same record's finding.
   */
  private List<Theme.Counter> counters(
      List<Evidence> otherWay, List<Evidence> argued, Set<String> hedgesUsed) {
    List<Theme.Counter> counters = new ArrayList<>();
    Evidence own = argued.stream().filter(authorship::authored).findFirst().orElse(null);
    for (Evidence e : otherWay.subList(0, Math.min(MAX_OTHER_WAY, otherWay.size()))) {
      String objection = cited(e) + " reports: “" + e.finding() + "”";
      counters.add(
          own == null
              ? new Theme.Counter(objection, noAnswer(), List.of(e.id()))
              : new Theme.Counter(
                  objection,
                  cited(own) + " reports: “" + own.finding() + "”",
                  List.of(e.id(), own.id())));
    }
    List<Evidence> byOwnFirst = argued.stream().sorted(cardOrder()).toList();
    for (Evidence e : byOwnFirst) {
      if (counters.size() >= MAX_COUNTERS) {
        break;
      }
      List<String> hedges = hedges(e);
      if (hedges.isEmpty()) {
        continue;
      }
      // A hedge other than the finding can be answered by the finding.
      String hedge =
          hedges.stream().filter(h -> !h.equals(e.finding())).findFirst().orElse(hedges.get(0));
      hedgesUsed.add(e.id());
      String objection = cited(e) + " qualifies its result: “" + hedge + "”";
      counters.add(
          hedge.equals(e.finding())
              ? new Theme.Counter(objection, noAnswer(), List.of(e.id()))
              : new Theme.Counter(
                  objection, "The same record reports: “" + e.finding() + "”", List.of(e.id())));
    }
    return counters;
  }

  /**
   * A question on the point's strongest record: on its hedge, when it has a short one not already
   * an objection; else one of three plain questions, in turn, so that a theme's questions differ.
   */
  private String question(KeyPoints.Group point, int index, Set<String> hedgesUsed) {
    Evidence lead = point.records().get(0);
    String named = (authorship.authored(lead) ? "your " : "") + title(lead);
    String hedge = hedges(lead).stream().findFirst().orElse(null);
    if (hedge != null && hedge.length() <= MAX_QUESTION_QUOTE && !hedgesUsed.contains(lead.id())) {
      return capitalised(named)
          + " says: “"
          + hedge
          + "” How far does this point hold, given that?";
    }
    return switch (index % 3) {
      case 0 ->
          "What result would change your view on this point, which rests most on " + named + "?";
      case 1 -> "How far do the results of " + named + " carry beyond the setting it tested?";
      default ->
          "Does "
              + named
              + " bear on “"
              + dossier.motion().short_()
              + "” directly, or only by analogy?";
    };
  }

  /**
   * The record's sentences that limit what the speaker relies on it for: the outcome its stances on
   * his side need it to report ({@link RecordBearing#reliedOnBy}).
   */
  private List<String> hedges(Evidence e) {
    return Hedges.against(e.abstract_(), prediction.bearingOf(e).reliedOnBy(side));
  }

  /** “Title” (year) at the start of a sentence, marked as the speaker's own when it is. */
  private String cited(Evidence e) {
    return authorship.authored(e)
        ? capitalised(pronouns.possessive()) + " own " + title(e)
        : title(e);
  }

  private static String title(Evidence e) {
    return "“" + e.title() + "” (" + e.date().getYear() + ")";
  }

  private String noAnswer() {
    return "No record of " + pronouns.object() + " on file answers this directly.";
  }

  private static String capitalised(String word) {
    return word.isEmpty()
        ? word
        : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }

  /**
   * For each record, the stance terms that tagged it, read from its {@code matched_terms} line for
   * the stance ("deception: deceptive (title), backdoor ×3").
   */
  private static Map<Evidence, List<String>> stanceTerms(List<Evidence> records, String stance) {
    Map<Evidence, List<String>> terms = new HashMap<>();
    for (Evidence e : records) {
      for (String line : e.matchedTerms()) {
        if (line.startsWith(stance + ": ")) {
          terms.put(
              e,
              List.of(line.substring(stance.length() + 2).split(", ")).stream()
                  .map(
                      t -> t.replaceAll(" \\(title\\)$| ×\\d+$", "").replaceAll(" \\(title\\)", ""))
                  .toList());
        }
      }
    }
    return terms;
  }
}
