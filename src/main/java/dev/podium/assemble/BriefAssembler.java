package dev.podium.assemble;

import dev.podium.judge.EvidenceStrength;

import dev.podium.judge.Hedges;

import dev.podium.judge.SidePrediction;

import dev.podium.judge.SidePredictor;
import dev.podium.judge.ThemeDrafter;
import dev.podium.judge.RecordBearing;
import dev.podium.model.Outcome;

import dev.podium.judge.Authorship;

import dev.podium.assemble.BriefView.AffiliationView;
import dev.podium.assemble.BriefView.AppearanceView;
import dev.podium.assemble.BriefView.ArgumentView;
import dev.podium.assemble.BriefView.CounterView;
import dev.podium.assemble.BriefView.GlanceView;
import dev.podium.assemble.BriefView.Item;
import dev.podium.assemble.BriefView.LinkView;
import dev.podium.assemble.BriefView.MediaView;
import dev.podium.assemble.BriefView.MotionView;
import dev.podium.assemble.BriefView.PersonaView;
import dev.podium.assemble.BriefView.ProvenanceView;
import dev.podium.assemble.BriefView.PublicationView;
import dev.podium.assemble.BriefView.QuoteView;
import dev.podium.assemble.BriefView.ReasonView;
import dev.podium.assemble.BriefView.ReferenceView;
import dev.podium.assemble.BriefView.RoleView;
import dev.podium.assemble.BriefView.SideView;
import dev.podium.assemble.BriefView.StanceCountView;
import dev.podium.assemble.BriefView.StatedView;
import dev.podium.assemble.BriefView.ThemeView;
import dev.podium.model.Bearing;
import dev.podium.model.Dossier;
import dev.podium.model.Evidence;
import dev.podium.model.Motion;
import dev.podium.model.Persona;
import dev.podium.model.Side;
import dev.podium.model.Stance;
import dev.podium.model.Theme;
import dev.podium.model.Verbatim;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Turns a dossier into the view a template renders: predicts the side, ranks themes and
 * arguments, numbers citations by first use (arguments, then counters, then the remaining
 * stance-tagged evidence strongest first) and builds the reference list from those numbers.
 * Records that are neither cited nor tagged are counted but not listed.
 */
public final class BriefAssembler {
  private final String version;

  public BriefAssembler(String version) {
    this.version = version;
  }

  /** Assembles the brief the request asks for. */
  public BriefView assemble(Dossier dossier, BriefRequest request) {
    LocalDate reference = request.asOf() != null ? request.asOf() : newestDate(dossier);
    Authorship authorship = Authorship.of(dossier.persona());
    EvidenceStrength strength = new EvidenceStrength(authorship, reference);
    SidePrediction prediction = new SidePredictor(strength, authorship).predict(dossier);
    Side briefSide = request.side() != null ? request.side() : prediction.side();
    ThemeRanker ranker =
        new ThemeRanker(strength, new ThemeDrafter(dossier, strength, authorship, prediction, briefSide));
    List<ThemeRanker.RankedTheme> ranked = ranker.rank(dossier);

    BriefKind kind = BriefKind.of(request.kind());
    List<KeyArgument> keyArguments = keyArguments(ranked, dossier, ranker);
    CitationNumbers numbers = new CitationNumbers();
    int cited;
    int omitted = 0;
    if (kind == BriefKind.HANDOUT) {
      keyArguments.forEach(k -> numbers.cite(k.source().id()));
      cited = numbers.inOrder().size();
    } else {
      ranked.forEach(r -> r.theme().arguments().forEach(a -> a.evidence().forEach(numbers::cite)));
      ranked.forEach(r -> r.theme().counters().forEach(c -> c.evidence().forEach(numbers::cite)));
      otherWay(dossier, prediction, briefSide).stream()
          .sorted(ranker.strongestFirst())
          .forEach(e -> numbers.cite(e.id()));
      cited = numbers.inOrder().size();
      // An uncited record without a stance says nothing about the motion; listing it is clutter.
      // Past a reading length the weakest tagged records are counted, not listed, so a persona
      // with thousands of records still gets a brief (and a reference list) a person can read.
      List<Evidence> tagged =
          dossier.evidence().stream()
              .filter(e -> !e.stances().isEmpty() && numbers.numberOf(e.id()) == null)
              .sorted(ranker.strongestFirst())
              .toList();
      tagged.stream().limit(MAX_UNCITED_LISTED).forEach(e -> numbers.cite(e.id()));
      omitted = Math.max(0, tagged.size() - MAX_UNCITED_LISTED);
    }

    Citations citations = new Citations(numbers, request.style().format(
        numbers.inOrder().stream().map(dossier::evidence).toList(), citeGroups(ranked, numbers)));
    List<ThemeView> themes =
        IntStream.range(0, ranked.size())
            .mapToObj(i -> themeView(i + 1, ranked.get(i), dossier, citations))
            .toList();
    List<ReferenceView> evidence =
        referenceViews(dossier, citations, authorship, cited, prediction, briefSide);
    Map<String, ReferenceView> byId = new HashMap<>();
    evidence.forEach(v -> byId.put(v.id(), v));
    List<Evidence> citedRecords =
        numbers.inOrder().subList(0, cited).stream().map(dossier::evidence).toList();
    List<Evidence> argumentRecords = argumentRecords(ranked, dossier);
    return new BriefView(
        request.kind(),
        new BriefView.StyleView(request.style().id(), request.style().numeric()),
        personaView(dossier.persona()),
        motionView(dossier.motion()),
        sideView(prediction, request.side(), dossier),
        glance(dossier, authorship, themes, numbers.inOrder().size(), omitted),
        kind.charted() && request.profileChart() != null
            ? EvidenceProfile.of(dossier, authorship, request.profileChart())
            : null,
        themes,
        themes.stream().mapToInt(t -> t.counters().size()).sum(),
        themes.stream().mapToInt(t -> t.questions().size()).sum(),
        IntStream.range(0, keyArguments.size())
            .mapToObj(i -> keyArgumentView(i + 1, keyArguments.get(i), dossier, citations, byId))
            .toList(),
        argumentRecords.stream()
            .sorted(ranker.strongestFirst())
            .limit(STRONGEST)
            .map(e -> byId.get(e.id()))
            .filter(java.util.Objects::nonNull)
            .toList(),
        weakSpots(argumentRecords, citations, reference),
        otherWay(dossier, prediction, briefSide).stream()
            .sorted(ranker.strongestFirst())
            .map(e -> byId.get(e.id()))
            .filter(java.util.Objects::nonNull)
            .toList(),
        (int) citedRecords.stream().filter(e -> e.category() != null).count(),
        citedRecords.size(),
        evidence,
        inStyleOrder(evidence, citations.formatted()),
        new ProvenanceView(version, dossier.fingerprint(), reference.toString()));
  }

  /**
   * The records that cut against the side the brief prepares for (bearing the other way, or
   * refuting a stance of that side), in file order.
   */
  private static List<Evidence> otherWay(Dossier dossier, SidePrediction prediction, Side side) {
    if (side == null || side == Side.NEUTRAL) {
      return List.of();
    }
    return dossier.evidence().stream()
        .filter(e -> prediction.bearingOf(e).cutsAgainst(side))
        .toList();
  }

  /** An argument a handout carries and the one record it cites there. */
  private record KeyArgument(ThemeRanker.RankedTheme theme, Theme.Argument argument, Evidence source) {}

  /**
   * The handout's arguments: the first argument of each theme in rank order, then the second of
   * each, until there are enough. Each cites the strongest record its argument cites.
   */
  private static List<KeyArgument> keyArguments(
      List<ThemeRanker.RankedTheme> ranked, Dossier dossier, ThemeRanker ranker) {
    List<KeyArgument> chosen = new ArrayList<>();
    int deepest = ranked.stream().mapToInt(r -> r.theme().arguments().size()).max().orElse(0);
    for (int depth = 0; depth < deepest && chosen.size() < BriefKind.HANDOUT_ARGUMENTS; depth++) {
      for (ThemeRanker.RankedTheme r : ranked) {
        if (depth < r.theme().arguments().size() && chosen.size() < BriefKind.HANDOUT_ARGUMENTS) {
          Theme.Argument argument = r.theme().arguments().get(depth);
          Evidence source =
              argument.evidence().stream()
                  .map(dossier::evidence)
                  .sorted(ranker.strongestFirst())
                  .findFirst()
                  .orElseThrow();
          chosen.add(new KeyArgument(r, argument, source));
        }
      }
    }
    return chosen;
  }

  private static BriefView.KeyArgumentView keyArgumentView(
      int number,
      KeyArgument key,
      Dossier dossier,
      Citations citations,
      Map<String, ReferenceView> byId) {
    Theme.Argument own =
        new Theme.Argument(key.argument().claim(), List.of(key.source().id()), key.argument().quote());
    QuoteView quote = quote(own, dossier, citations);
    if (quote == null && !key.source().quotes().isEmpty()) {
      quote = new QuoteView(ShownText.of(key.source().quotes().get(0)), citations.cite(own.evidence()));
    }
    return new BriefView.KeyArgumentView(
        number,
        dossier.taxonomy().find(key.theme().theme().stance()).label(),
        ShownText.of(key.argument().claim()),
        citations.cite(own.evidence()),
        quote,
        byId.get(key.source().id()));
  }

  /** Records older than this, counted from the as-of date, are flagged as old. */
  static final int OLD_YEARS = 3;

  /**
   * At most this many stance-tagged records that no argument or counter cites are listed, the
   * strongest first: the evidence table is for reading, not an export of the persona.
   */
  static final int MAX_UNCITED_LISTED = 40;

  /** How many of the records behind the arguments the opponent brief lists as strongest. */
  static final int STRONGEST = 5;

  /** The records the arguments cite, in the order the brief uses them. */
  private static List<Evidence> argumentRecords(
      List<ThemeRanker.RankedTheme> ranked, Dossier dossier) {
    java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
    ranked.forEach(r -> r.theme().arguments().forEach(a -> ids.addAll(a.evidence())));
    return ids.stream().map(dossier::evidence).toList();
  }

  /** The records behind the arguments that an opponent can challenge, in citation order. */
  private static List<BriefView.WeakSpotView> weakSpots(
      List<Evidence> cited, Citations citations, LocalDate asOf) {
    List<BriefView.WeakSpotView> spots = new ArrayList<>();
    for (Evidence e : cited) {
      int age = (int) java.time.temporal.ChronoUnit.YEARS.between(e.date(), asOf);
      boolean old = age >= OLD_YEARS;
      List<String> hedges = Hedges.in(ShownText.of(e.abstract_()));
      if (old || !hedges.isEmpty()) {
        spots.add(
            new BriefView.WeakSpotView(
                citations.cite(List.of(e.id())),
                ShownText.of(e.title()),
                e.date().toString(),
                Math.max(0, age),
                old,
                hedges));
      }
    }
    return spots;
  }

  /** Every place the brief cites records together, ids in number order. */
  private static List<List<String>> citeGroups(
      List<ThemeRanker.RankedTheme> ranked, CitationNumbers numbers) {
    List<List<String>> groups = new ArrayList<>();
    for (ThemeRanker.RankedTheme r : ranked) {
      r.theme().arguments().forEach(a -> groups.add(listed(a.evidence(), numbers)));
      r.theme().counters().forEach(c -> groups.add(listed(c.evidence(), numbers)));
    }
    groups.removeIf(List::isEmpty);
    return groups;
  }

  private static List<String> listed(List<String> ids, CitationNumbers numbers) {
    return numbers.sorted(ids.stream().filter(id -> numbers.numberOf(id) != null).toList());
  }

  /** Numbers and formatted citations together: what a view needs to cite a record. */
  private record Citations(CitationNumbers numbers, CitationStyle.Formatted formatted) {
    /** The citation of these ids, or {@code null} when the brief lists none of them. */
    String cite(List<String> ids) {
      List<String> listed = ids.stream().filter(id -> numbers.numberOf(id) != null).toList();
      return listed.isEmpty() ? null : formatted.cite(numbers.sorted(listed));
    }
  }

  private static LocalDate newestDate(Dossier dossier) {
    return dossier.evidence().stream()
        .map(Evidence::date)
        .max(Comparator.naturalOrder())
        .orElse(LocalDate.EPOCH);
  }

  private static PersonaView personaView(Persona p) {
    return new PersonaView(
        p.id(),
        p.name(),
        p.displayName(),
        p.headline(),
        pronouns(p.pronounsOrNeutral()),
        IntStream.range(0, p.roles().size())
            .mapToObj(
                i -> {
                  Persona.Role r = p.roles().get(i);
                  return new RoleView(
                      r.title(),
                      r.organisation(),
                      r.focus(),
                      LinkPolicy.safe(r.url()),
                      i == p.roles().size() - 1);
                })
            .toList(),
        p.affiliations().stream()
            .map(
                a ->
                    new AffiliationView(
                        a.name(), a.relation(), a.focus(), LinkPolicy.safe(a.url())))
            .toList(),
        p.bio(),
        p.bio().isEmpty() ? null : p.bio().get(0),
        items(p.researchInterests(), Function.identity()),
        p.expertise(),
        p.publications().stream()
            .map(x -> new PublicationView(x.title(), x.year(), LinkPolicy.safe(x.url())))
            .toList(),
        p.appearances().stream()
            .map(a -> new AppearanceView(a.title(), a.role(), a.event(), a.place(), a.year()))
            .toList(),
        p.mediaSummary(),
        p.media().stream()
            .map(m -> new MediaView(m.title(), m.outlet(), m.year(), LinkPolicy.safe(m.url())))
            .toList(),
        p.links().stream()
            .filter(l -> LinkPolicy.safe(l.url()) != null)
            .map(l -> new LinkView(l.label(), l.url(), l.note()))
            .toList(),
        p.coreThemes());
  }

  private static BriefView.PronounsView pronouns(Persona.Pronouns p) {
    return new BriefView.PronounsView(
        p.subject(), p.object(), p.possessive(), capitalise(p.subject()), capitalise(p.possessive()));
  }

  private static String capitalise(String word) {
    return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + word.substring(1);
  }

  private static MotionView motionView(Motion m) {
    return new MotionView(m.id(), m.short_(), m.text());
  }

  private static SideView sideView(SidePrediction prediction, Side override, Dossier dossier) {
    Side predicted = prediction.side();
    Side side = override != null ? override : predicted;
    StatedView stated =
        prediction.stated() == null
            ? null
            : new StatedView(
                prediction.stated().summary(),
                prediction.stated().quote(),
                prediction.stated().side().id());
    List<ReasonView> reasons =
        prediction.tallies().stream()
            .map(
                t -> {
                  Stance stance = dossier.taxonomy().find(t.stance());
                  Bearing bearing = dossier.motion().bearing(t.stance());
                  return new ReasonView(
                      t.stance(),
                      stance.label(),
                      t.bearing().id(),
                      t.bearing() == Side.FOR,
                      t.bearing() == Side.AGAINST,
                      bearing == null ? null : bearing.reason(),
                      t.count(),
                      t.authored(),
                      t.notShown(),
                      t.latestYear(),
                      t.bearingFor(),
                      t.bearingAgainst());
                })
            .toList();
    return new SideView(
        side == null ? "undecided" : side.id(),
        side == Side.FOR,
        side == Side.AGAINST,
        side == null,
        override != null && override != predicted,
        predicted == null ? "undecided" : predicted.id(),
        stated,
        prediction.evidenceSide() == null ? "undecided" : prediction.evidenceSide().id(),
        prediction.evidenceSide() == null,
        prediction.evidenceSide() == side,
        reasons);
  }

  private static GlanceView glance(
      Dossier dossier, Authorship authorship, List<ThemeView> themes, int listed, int omitted) {
    List<Evidence> evidence = dossier.evidence();
    List<Stance> covered =
        dossier.taxonomy().stances().stream()
            .filter(s -> evidence.stream().anyMatch(e -> e.stances().contains(s.id())))
            .toList();
    List<StanceCountView> stances =
        IntStream.range(0, covered.size())
            .mapToObj(
                i ->
                    new StanceCountView(
                        covered.get(i).label(),
                        (int) evidence.stream().filter(e -> e.stances().contains(covered.get(i).id())).count(),
                        i == covered.size() - 1))
            .toList();
    return new GlanceView(
        evidence.size(),
        count(evidence, authorship, Authorship.Status.AUTHOR),
        count(evidence, authorship, Authorship.Status.NOT_SHOWN),
        (int) evidence.stream().filter(Evidence::key).count(),
        evidence.stream().map(e -> e.date().getYear()).min(Integer::compare).orElse(null),
        evidence.stream().map(e -> e.date().getYear()).max(Integer::compare).orElse(null),
        themes.size(),
        themes.stream().mapToInt(t -> t.arguments().size()).sum(),
        stances,
        listed,
        evidence.size() - listed - omitted,
        evidence.size() - listed - omitted > 0,
        omitted,
        omitted > 0);
  }

  private static ThemeView themeView(
      int rank, ThemeRanker.RankedTheme ranked, Dossier dossier, Citations citations) {
    Theme theme = ranked.theme();
    Stance stance = dossier.taxonomy().find(theme.stance());
    Bearing bearing = dossier.motion().bearing(theme.stance());
    List<ArgumentView> arguments =
        IntStream.range(0, theme.arguments().size())
            .mapToObj(i -> argumentView(i + 1, theme.arguments().get(i), dossier, citations))
            .toList();
    List<CounterView> counters =
        theme.counters().stream()
            .map(c -> new CounterView(
                ShownText.of(c.objection()), ShownText.of(c.response()), citations.cite(c.evidence())))
            .toList();
    return new ThemeView(
        rank,
        theme.stance(),
        stance.label(),
        theme.headline().equals(stance.label()) ? null : theme.headline(),
        theme.position(),
        ranked.curated(),
        dossier.motion().sideOf(theme.stance()).id(),
        bearing == null ? null : bearing.reason(),
        arguments,
        counters,
        theme.questions().stream().map(ShownText::of).toList());
  }

  private static ArgumentView argumentView(
      int number, Theme.Argument argument, Dossier dossier, Citations citations) {
    return new ArgumentView(
        number,
        ShownText.of(argument.claim()),
        citations.cite(argument.evidence()),
        quote(argument, dossier, citations),
        argument.evidence().size(),
        argument.evidence().size() > 1);
  }

  /** The argument's own quote, or else the first quote of the first cited record that has one. */
  private static QuoteView quote(Theme.Argument argument, Dossier dossier, Citations citations) {
    for (String id : argument.evidence()) {
      Evidence e = dossier.evidence(id);
      if (argument.quote() != null) {
        if (Verbatim.isSpanOf(argument.quote(), e.abstract_())) {
          return new QuoteView(ShownText.of(argument.quote()), citations.cite(List.of(id)));
        }
      } else if (!e.quotes().isEmpty()) {
        return new QuoteView(ShownText.of(e.quotes().get(0)), citations.cite(List.of(id)));
      }
    }
    return null;
  }

  /** Every listed record in number order: the rows of the evidence table. */
  private static List<ReferenceView> referenceViews(
      Dossier dossier,
      Citations citations,
      Authorship authorship,
      int cited,
      SidePrediction prediction,
      Side briefSide) {
    Map<String, String> entries = new HashMap<>();
    citations.formatted().references().forEach(r -> entries.put(r.id(), r.text()));
    List<ReferenceView> views = new ArrayList<>();
    for (String id : citations.numbers().inOrder()) {
      Evidence e = dossier.evidence(id);
      int number = citations.numbers().numberOf(id);
      Authorship.Status status = authorship.status(e);
      views.add(
          new ReferenceView(
              number,
              citations.cite(List.of(id)),
              entries.get(id),
              e.id(),
              items(e.authors(), Function.identity()),
              e.etAl(),
              ShownText.of(e.title()),
              e.category(),
              e.date().toString(),
              e.date().getYear(),
              LinkPolicy.safe(e.url()),
              e.links().stream()
                  .filter(l -> LinkPolicy.safe(l.url()) != null)
                  .map(l -> new LinkView(l.label(), l.url(), null))
                  .toList(),
              items(e.stances(), s -> dossier.taxonomy().find(s).label()),
              e.finding() == null ? null : ShownText.of(e.finding()),
              status == Authorship.Status.AUTHOR,
              status == Authorship.Status.NOT_SHOWN,
              e.key(),
              number <= cited,
              bearingView(prediction.bearingOf(e), briefSide)));
    }
    return views;
  }

  private static BriefView.BearingView bearingView(RecordBearing bearing, Side briefSide) {
    Side side = bearing.side();
    List<String> words =
        bearing.reported() == null
            ? List.of()
            : bearing.reported() == Outcome.FAILURE ? bearing.failureWords() : bearing.successWords();
    return new BriefView.BearingView(
        side.id(),
        side == Side.FOR,
        side == Side.AGAINST,
        briefSide != null && bearing.cutsAgainst(briefSide),
        bearing.curated(),
        bearing.curatedReason(),
        items(words.subList(0, Math.min(WORDS_SHOWN, words.size())), Function.identity()),
        items(
            bearing.calls().stream().filter(RecordBearing.StanceCall::asserts).toList(),
            RecordBearing.StanceCall::label),
        items(
            bearing.calls().stream()
                .filter(c -> c.verdict() == RecordBearing.Verdict.REFUTES)
                .toList(),
            RecordBearing.StanceCall::label));
  }

  /** How many of the words a bearing rests on a brief shows; the terminal shows them all. */
  static final int WORDS_SHOWN = 4;

  /** The same records in the order the style lists references (first use, or alphabetical). */
  private static List<ReferenceView> inStyleOrder(
      List<ReferenceView> views, CitationStyle.Formatted formatted) {
    Map<String, ReferenceView> byId = new HashMap<>();
    views.forEach(v -> byId.put(v.id(), v));
    return formatted.references().stream().map(r -> byId.get(r.id())).toList();
  }

  /** How many of the records have this authorship status. */
  static int count(List<Evidence> records, Authorship authorship, Authorship.Status status) {
    return (int) records.stream().filter(e -> authorship.status(e) == status).count();
  }

  private static <T> List<Item> items(List<T> values, Function<T, String> text) {
    return IntStream.range(0, values.size())
        .mapToObj(i -> new Item(text.apply(values.get(i)), i == values.size() - 1))
        .toList();
  }
}
