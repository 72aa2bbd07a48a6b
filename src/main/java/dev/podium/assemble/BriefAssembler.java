package dev.podium.assemble;

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
import dev.podium.assemble.BriefView.SourceView;
import dev.podium.assemble.BriefView.StanceCountView;
import dev.podium.assemble.BriefView.StatedView;
import dev.podium.assemble.BriefView.ThemeView;
import dev.podium.judge.Authorship;
import dev.podium.judge.DomainReach;
import dev.podium.judge.EvidenceStrength;
import dev.podium.judge.RecordBearing;
import dev.podium.judge.SidePrediction;
import dev.podium.judge.SidePredictor;
import dev.podium.judge.ThemeDrafter;
import dev.podium.model.AuthorName;
import dev.podium.model.Bearing;
import dev.podium.model.Dossier;
import dev.podium.model.Evidence;
import dev.podium.model.Motion;
import dev.podium.model.Outcome;
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
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Turns a dossier into the view a template renders: predicts the side, ranks themes and arguments,
 * numbers citations by first use (arguments, then counters, then the remaining stance-tagged
 * evidence strongest first) and builds the reference list from those numbers. Records that are
 * neither cited nor tagged are counted but not listed.
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
        new ThemeRanker(
            strength, new ThemeDrafter(dossier, strength, authorship, prediction, briefSide));
    BriefKind kind = BriefKind.of(request.kind());
    List<LineAssessment.Line> weighed =
        hisLines(
            new LineAssessment(dossier, strength, authorship, prediction, briefSide)
                .weigh(ranker.rank(dossier)),
            briefSide);
    List<LineAssessment.Line> lines =
        kind == BriefKind.OPPONENT ? LineAssessment.byDamage(weighed) : weighed;
    List<ThemeRanker.RankedTheme> ranked = lines.stream().map(LineAssessment.Line::ranked).toList();

    List<KeyArgument> keyArguments = keyArguments(ranked, dossier, ranker);
    List<Evidence> otherWay =
        otherWay(dossier, prediction, briefSide).stream().sorted(ranker.strongestFirst()).toList();
    Set<String> answered = new java.util.HashSet<>();
    lines.forEach(
        l -> {
          l.otherWay().forEach(e -> answered.add(e.id()));
          l.ownAgainst().forEach(e -> answered.add(e.id()));
        });
    List<Evidence> otherWayLeft =
        kind == BriefKind.OPPONENT
            ? otherWay.stream().filter(e -> !answered.contains(e.id())).toList()
            : otherWay;

    CitationNumbers numbers = new CitationNumbers();
    List<List<String>> groups = new ArrayList<>();
    int omitted = 0;
    int moderatorCited = 0;
    switch (kind) {
      case HANDOUT -> keyArguments.forEach(k -> numbers.cite(k.source().id()));
      case OPPONENT -> {
        for (LineAssessment.Line line : lines) {
          citeArguments(line.ranked(), dossier, numbers, groups);
          line.otherWay().forEach(e -> numbers.cite(e.id()));
          line.ownAgainst().forEach(e -> numbers.cite(e.id()));
          line.hedges().forEach(h -> numbers.cite(h.evidence().id()));
          if (line.ranked().curated()) {
            line.ranked().theme().counters().forEach(c -> c.evidence().forEach(numbers::cite));
          }
        }
        otherWayLeft.forEach(e -> numbers.cite(e.id()));
      }
      case MODERATOR -> {
        ranked.forEach(r -> citeArguments(r, dossier, numbers, groups));
        ranked.forEach(r -> r.theme().counters().forEach(c -> c.evidence().forEach(numbers::cite)));
        otherWay.forEach(e -> numbers.cite(e.id()));
        moderatorCited = numbers.inOrder().size();
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
    }
    int cited = kind == BriefKind.MODERATOR ? moderatorCited : numbers.inOrder().size();
    groups.addAll(citeGroups(ranked, numbers));
    groups.removeIf(List::isEmpty);

    Citations citations =
        new Citations(
            numbers,
            request
                .style()
                .format(numbers.inOrder().stream().map(dossier::evidence).toList(), groups));
    SourceLines sources = new SourceLines(authorship, dossier.persona());
    List<ReferenceView> evidence =
        referenceViews(dossier, citations, authorship, cited, prediction, briefSide);
    Map<String, ReferenceView> byId = new HashMap<>();
    evidence.forEach(v -> byId.put(v.id(), v));
    Ledger ledger = new Ledger();
    lines.forEach(
        l ->
            l.ranked()
                .theme()
                .arguments()
                .forEach(
                    a -> {
                      Quoted q = quoted(a, dossier);
                      if (q != null) {
                        ledger.reserve(q.text());
                      }
                    }));
    List<ThemeView> themes = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      themes.add(
          themeView(
              i + 1, lines.get(i), dossier, citations, sources, byId, ledger, kind, briefSide));
    }
    List<BriefView.KeyArgumentView> keyViews =
        IntStream.range(0, keyArguments.size())
            .mapToObj(
                i ->
                    keyArgumentView(
                        i + 1, keyArguments.get(i), dossier, citations, sources, briefSide))
            .toList();
    return new BriefView(
        request.kind(),
        new BriefView.StyleView(request.style().id(), request.style().numeric()),
        personaView(dossier.persona()),
        motionView(dossier.motion(), dossier),
        sideView(prediction, request.side(), dossier),
        intro(
            dossier,
            lines,
            keyViews,
            furtherReading(dossier, keyArguments, authorship, ranker, sources),
            request.handoutTrim()),
        summary(themes),
        glance(dossier, authorship, themes, numbers.inOrder().size(), omitted),
        kind.charted() && request.profileChart() != null
            ? EvidenceProfile.of(dossier, authorship, request.profileChart())
            : null,
        themes,
        themes.stream().mapToInt(t -> t.counters().size()).sum(),
        themes.stream().mapToInt(t -> t.questions().size()).sum(),
        keyViews,
        weakSpots(lines, citations, reference, authorship, ledger),
        otherWayLeft.stream()
            .map(e -> byId.get(e.id()))
            .filter(java.util.Objects::nonNull)
            .map(ledger::fresh)
            .toList(),
        evidence,
        inStyleOrder(evidence, citations.formatted()),
        new ProvenanceView(version, dossier.fingerprint(), reference));
  }

  /**
   * The lines he will argue: a drafted theme none of whose records bears his way is not a line of
   * his (its records are what an opponent would cite, and they appear as evidence that cuts the
   * other way); a theme a person wrote is kept, whatever its records say.
   */
  private static List<LineAssessment.Line> hisLines(List<LineAssessment.Line> lines, Side side) {
    if (side == null || side == Side.NEUTRAL) {
      return lines;
    }
    return lines.stream().filter(l -> l.ranked().curated() || !l.hisWay().isEmpty()).toList();
  }

  /** Numbers what a theme's arguments cite: the quoted record first, then the others. */
  private static void citeArguments(
      ThemeRanker.RankedTheme ranked,
      Dossier dossier,
      CitationNumbers numbers,
      List<List<String>> groups) {
    for (Theme.Argument a : ranked.theme().arguments()) {
      a.evidence().forEach(numbers::cite);
      if (a.evidence().size() > 1) {
        groups.add(numbers.sorted(a.evidence().subList(1, a.evidence().size())));
      }
    }
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
  private record KeyArgument(
      ThemeRanker.RankedTheme theme, Theme.Argument argument, Evidence source) {}

  /**
   * The handout's points: the first argument of each line in rank order, one per line, each citing
   * the strongest record its argument cites.
   */
  private static List<KeyArgument> keyArguments(
      List<ThemeRanker.RankedTheme> ranked, Dossier dossier, ThemeRanker ranker) {
    List<KeyArgument> chosen = new ArrayList<>();
    Set<String> used = new java.util.HashSet<>();
    for (ThemeRanker.RankedTheme r : ranked) {
      if (chosen.size() >= BriefKind.HANDOUT_ARGUMENTS || r.theme().arguments().isEmpty()) {
        continue;
      }
      // A point is best shown by a record no earlier point has named: the first argument's
      // strongest record not yet used, else the theme's.
      KeyArgument pick = null;
      for (Theme.Argument argument : r.theme().arguments()) {
        Evidence source =
            argument.evidence().stream()
                .filter(id -> !used.contains(id))
                .map(dossier::evidence)
                .sorted(ranker.strongestFirst())
                .findFirst()
                .orElse(null);
        if (source != null) {
          pick = new KeyArgument(r, argument, source);
          break;
        }
      }
      if (pick == null) {
        Theme.Argument first = r.theme().arguments().get(0);
        pick =
            new KeyArgument(
                r,
                first,
                first.evidence().stream()
                    .map(dossier::evidence)
                    .sorted(ranker.strongestFirst())
                    .findFirst()
                    .orElseThrow());
      }
      used.add(pick.source().id());
      chosen.add(pick);
    }
    return chosen;
  }

  private static BriefView.KeyArgumentView keyArgumentView(
      int number,
      KeyArgument key,
      Dossier dossier,
      Citations citations,
      SourceLines sources,
      Side side) {
    Theme theme = key.theme().theme();
    Stance stance = dossier.taxonomy().find(theme.stance());
    String reason = reasonFor(dossier, theme.stance(), side);
    String plain =
        theme.position() != null ? theme.position() : reason != null ? reason : stance.summary();
    Theme.Argument own =
        new Theme.Argument(
            key.argument().claim(), List.of(key.source().id()), key.argument().quote());
    return new BriefView.KeyArgumentView(
        number,
        stance.label(),
        theme.headline().equals(stance.label()) ? stance.label() : theme.headline(),
        plain == null ? null : ShownText.of(plain),
        ArgumentTag.of(ShownText.of(key.argument().claim())),
        citations.cite(own.evidence()),
        quote(own, dossier, citations),
        sources.of(key.source()));
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

  /**
   * The records behind the lines that an opponent can challenge, line by line: those dated long
   * before the evidence date, and those whose own abstracts qualify their result (quoted under the
   * line). Each record once, under the first line it backs.
   */
  private static List<BriefView.WeakSpotView> weakSpots(
      List<LineAssessment.Line> lines,
      Citations citations,
      LocalDate asOf,
      Authorship authorship,
      Ledger ledger) {
    Map<Evidence, Integer> lineOf = new java.util.LinkedHashMap<>();
    Map<Evidence, List<String>> hedgesOf = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      for (LineAssessment.Hedge h : lines.get(i).hedges()) {
        // Only a hedge the brief printed under its line can be pointed to.
        if (!ledger.isHedgeShown(ShownText.of(h.sentence()))) {
          continue;
        }
        hedgesOf
            .computeIfAbsent(h.evidence(), k -> new ArrayList<>())
            .add(ShownText.of(h.sentence()));
        lineOf.putIfAbsent(h.evidence(), i + 1);
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      for (Evidence e : lines.get(i).hisWay()) {
        lineOf.putIfAbsent(e, i + 1);
      }
    }
    List<BriefView.WeakSpotView> spots = new ArrayList<>();
    for (Map.Entry<Evidence, Integer> entry : lineOf.entrySet()) {
      Evidence e = entry.getKey();
      int age = (int) java.time.temporal.ChronoUnit.YEARS.between(e.date(), asOf);
      boolean old = age >= OLD_YEARS;
      List<String> hedges = hedgesOf.getOrDefault(e, List.of());
      if (old || !hedges.isEmpty()) {
        spots.add(
            new BriefView.WeakSpotView(
                citations.cite(List.of(e.id())),
                ShownText.of(e.title()),
                e.date().toString(),
                Math.max(0, age),
                old,
                hedges,
                !hedges.isEmpty(),
                entry.getValue(),
                authorship.authored(e)));
      }
    }
    spots.sort(Comparator.comparingInt(BriefView.WeakSpotView::line));
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
            .limit(BACKGROUND_ITEMS)
            .map(x -> new PublicationView(x.title(), x.year(), LinkPolicy.safe(x.url())))
            .toList(),
        p.appearances().stream()
            .limit(BACKGROUND_ITEMS)
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

  /** How many publications and talks the background lists: what a moderator can use. */
  static final int BACKGROUND_ITEMS = 5;

  private static BriefView.PronounsView pronouns(Persona.Pronouns p) {
    return new BriefView.PronounsView(
        p.subject(),
        p.object(),
        p.possessive(),
        capitalise(p.subject()),
        capitalise(p.possessive()),
        // "they" takes the plural verb: "they join", "they are".
        p.subject().equalsIgnoreCase("they"));
  }

  private static String capitalise(String word) {
    return word.isEmpty()
        ? word
        : word.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + word.substring(1);
  }

  /** How many records a domain line names: enough to show it, few enough to read aloud. */
  static final int DOMAIN_RECORDS = 2;

  private static MotionView motionView(Motion m, Dossier dossier) {
    List<BriefView.DomainView> domains = new ArrayList<>();
    for (DomainReach.Reach reach : DomainReach.of(m.domains(), dossier.evidence())) {
      List<DomainReach.Touch> shown = reach.touches().stream().limit(DOMAIN_RECORDS).toList();
      domains.add(
          new BriefView.DomainView(
              reach.domain().label(),
              reach.domain().stake(),
              items(
                  shown,
                  t ->
                      ShownText.of(t.evidence().title())
                          + " ("
                          + t.evidence().date().getYear()
                          + ", “"
                          + t.term()
                          + "”)")));
    }
    return new MotionView(m.id(), m.short_(), m.text(), m.scope(), domains);
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
                        (int)
                            evidence.stream()
                                .filter(e -> e.stances().contains(covered.get(i).id()))
                                .count(),
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
        omitted > 0,
        themes.stream().anyMatch(t -> !t.curated()));
  }

  private static ThemeView themeView(
      int rank,
      LineAssessment.Line line,
      Dossier dossier,
      Citations citations,
      SourceLines sources,
      Map<String, ReferenceView> byId,
      Ledger ledger,
      BriefKind kind,
      Side side) {
    ThemeRanker.RankedTheme ranked = line.ranked();
    Theme theme = ranked.theme();
    Stance stance = dossier.taxonomy().find(theme.stance());
    List<ArgumentView> arguments =
        IntStream.range(0, theme.arguments().size())
            .mapToObj(
                i ->
                    argumentView(
                        i + 1, theme.arguments().get(i), dossier, citations, sources, ledger))
            .toList();
    // A drafted theme's objections are made from the same records the opponent's answers list.
    boolean showCounters = kind != BriefKind.OPPONENT || ranked.curated();
    List<CounterView> counters =
        !showCounters
            ? List.of()
            : theme.counters().stream()
                .filter(c -> !ledger.seen(ShownText.of(c.objection())))
                .map(c -> counterView(c, citations, ledger))
                .toList();
    List<BriefView.HedgeView> hedges =
        line.hedges().stream()
            .filter(h -> !ledger.seen(h.sentence()) && !ledger.reserved(h.sentence()))
            .map(
                h ->
                    new BriefView.HedgeView(
                        ShownText.of(h.sentence()),
                        citations.cite(List.of(h.evidence().id())),
                        ShownText.of(h.evidence().title()),
                        h.evidence().date().getYear(),
                        sources.of(h.evidence()).own()))
            .peek(
                h -> {
                  ledger.add(h.text());
                  ledger.hedgeShown(h.text());
                })
            .toList();
    List<ReferenceView> otherWay = fresh(line.otherWay(), byId, ledger);
    List<ReferenceView> ownAgainst = fresh(line.ownAgainst(), byId, ledger);
    return new ThemeView(
        rank,
        theme.stance(),
        stance.label(),
        theme.headline().equals(stance.label()) ? null : theme.headline(),
        theme.position(),
        ranked.curated(),
        dossier.motion().sideOf(theme.stance()).id(),
        reasonFor(dossier, theme.stance(), side),
        arguments,
        counters,
        theme.questions().stream().map(ShownText::of).toList(),
        new BriefView.DamageView(
            line.hisWay().size(),
            line.own(),
            line.newestYear(),
            line.answeredBy(),
            line.answeredBy() > 0),
        new BriefView.AnswersView(
            otherWay,
            hedges,
            ownAgainst,
            !otherWay.isEmpty() || !hedges.isEmpty() || !ownAgainst.isEmpty()));
  }

  /** An objection and its response, the response left out when the brief has already said it. */
  private static CounterView counterView(Theme.Counter c, Citations citations, Ledger ledger) {
    String objection = ShownText.of(c.objection());
    String response = ShownText.of(c.response());
    ledger.add(objection);
    boolean repeated = ledger.seen(response);
    ledger.add(response);
    return new CounterView(objection, repeated ? null : response, citations.cite(c.evidence()));
  }

  /**
   * Why the stance matters for the motion, as the motion file says, when that reason argues the
   * side the brief prepares for (or no side is known); {@code null} when it argues the other side.
   */
  private static String reasonFor(Dossier dossier, String stance, Side side) {
    Bearing bearing = dossier.motion().bearing(stance);
    if (bearing == null) {
      return null;
    }
    boolean otherSide = side != null && side != Side.NEUTRAL && bearing.side() == side.opposite();
    return otherSide ? null : bearing.reason();
  }

  /** The records' views, each finding shown only if the brief has not already shown it. */
  private static List<ReferenceView> fresh(
      List<Evidence> records, Map<String, ReferenceView> byId, Ledger ledger) {
    return records.stream()
        .map(e -> byId.get(e.id()))
        .filter(java.util.Objects::nonNull)
        .map(ledger::fresh)
        .toList();
  }

  private static ArgumentView argumentView(
      int number,
      Theme.Argument argument,
      Dossier dossier,
      Citations citations,
      SourceLines sources,
      Ledger ledger) {
    Quoted quoted = quoted(argument, dossier);
    Evidence record =
        quoted != null ? quoted.record() : dossier.evidence(argument.evidence().get(0));
    QuoteView shown = quoted == null ? null : quoteView(quoted, citations);
    // A quote the brief has already printed is not printed again; the card keeps its cite line.
    QuoteView quote = shown == null || ledger.seen(shown.text()) ? null : shown;
    List<String> others =
        argument.evidence().stream().filter(id -> !id.equals(record.id())).toList();
    String claim = ShownText.of(argument.claim());
    String tag = ArgumentTag.of(claim);
    ledger.add(tag);
    if (quote != null) {
      ledger.add(quote.text());
      ledger.add(quote.before());
      ledger.add(quote.after());
    }
    return new ArgumentView(
        number,
        tag,
        claim,
        citations.cite(List.of(record.id())),
        sources.of(record),
        quote,
        others.isEmpty() ? null : citations.cite(others),
        argument.evidence().size(),
        !ledger.firstCard(record.id()));
  }

  /**
   * A claim shorter than this is not taken as the record's own sentence even when its letters occur
   * in the abstract ("act" in "abstract").
   */
  static final int MIN_CLAIM_QUOTE_WORDS = 6;

  /** The record a card quotes and the text it quotes. */
  private record Quoted(Evidence record, String text) {}

  /**
   * What the card quotes: the argument's own quote; for an argument whose claim is a record's own
   * sentence (as drafted), that sentence; else the first quote of the first cited record that has
   * one. {@code null} when there is none.
   */
  private static Quoted quoted(Theme.Argument argument, Dossier dossier) {
    for (String id : argument.evidence()) {
      Evidence e = dossier.evidence(id);
      if (argument.quote() != null) {
        if (Verbatim.isSpanOf(argument.quote(), e.abstract_())) {
          return new Quoted(e, argument.quote());
        }
      } else if (HandoutFill.words(argument.claim()) >= MIN_CLAIM_QUOTE_WORDS
          && Verbatim.isSpanOf(argument.claim(), e.abstract_())) {
        return new Quoted(e, argument.claim());
      } else if (!e.quotes().isEmpty()) {
        return new Quoted(e, e.quotes().get(0));
      }
    }
    return null;
  }

  /** The quote in its context in the record's abstract, cited. */
  private static QuoteView quoteView(Quoted quoted, Citations citations) {
    CardQuote card = CardQuote.of(quoted.text(), quoted.record().abstract_());
    return new QuoteView(
        card.before() == null ? null : ShownText.of(card.before()),
        ShownText.of(card.warrant()),
        card.after() == null ? null : ShownText.of(card.after()),
        citations.cite(List.of(quoted.record().id())));
  }

  private static QuoteView quote(Theme.Argument argument, Dossier dossier, Citations citations) {
    Quoted quoted = quoted(argument, dossier);
    return quoted == null ? null : quoteView(quoted, citations);
  }

  /**
   * What the moderator reads aloud about the speaker: the first role, up to three research
   * interests, and the stances on which the speaker's own records most bear the brief's side.
   */
  private static BriefView.IntroView intro(
      Dossier dossier,
      List<LineAssessment.Line> lines,
      List<BriefView.KeyArgumentView> points,
      List<SourceView> reading,
      int handoutTrim) {
    Persona p = dossier.persona();
    HandoutFill.Fill fill = HandoutFill.of(points, p.bio(), reading).trimmed(handoutTrim);
    List<LineAssessment.Line> own =
        lines.stream()
            .filter(l -> l.own() > 0)
            .sorted(Comparator.comparingInt((LineAssessment.Line l) -> -l.own()))
            .toList();
    List<LineAssessment.Line> topics =
        own.isEmpty() ? lines.stream().filter(l -> !l.hisWay().isEmpty()).toList() : own;
    List<String> labels =
        topics.stream()
            .limit(INTRO_TOPICS)
            .map(l -> lowerFirst(dossier.taxonomy().find(l.stance()).label()))
            .toList();
    RoleView role =
        p.roles().isEmpty()
            ? null
            : new RoleView(
                p.roles().get(0).title(),
                p.roles().get(0).organisation(),
                p.roles().get(0).focus(),
                null,
                true);
    return new BriefView.IntroView(
        role,
        items(p.researchInterests().stream().limit(INTRO_TOPICS).toList(), Function.identity()),
        items(labels, Function.identity()),
        !own.isEmpty(),
        fill.about(),
        fill.further());
  }

  /**
   * The speaker's records a reader could look up next: his own first, then those whose author list
   * is cut short before his name could show, strongest first within each; not the points' sources.
   */
  private static List<SourceView> furtherReading(
      Dossier dossier,
      List<KeyArgument> points,
      Authorship authorship,
      ThemeRanker ranker,
      SourceLines sources) {
    Set<String> used = new java.util.HashSet<>();
    points.forEach(k -> used.add(k.source().id()));
    return dossier.evidence().stream()
        .filter(e -> !used.contains(e.id()))
        .filter(e -> authorship.status(e) != Authorship.Status.NOT_AUTHOR)
        .sorted(
            Comparator.comparing((Evidence e) -> !authorship.authored(e))
                .thenComparing(ranker.strongestFirst()))
        .limit(HandoutFill.MAX_FURTHER)
        .map(sources::of)
        .toList();
  }

  /** How many topics and interests an introduction names: what fits in thirty seconds. */
  static final int INTRO_TOPICS = 3;

  /** "Deception and hidden behaviour" as it reads mid-sentence; acronyms ("AI governance") kept. */
  static String lowerFirst(String label) {
    if (label.length() > 1
        && Character.isUpperCase(label.charAt(0))
        && Character.isLowerCase(label.charAt(1))) {
      return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
    return label;
  }

  /** The three lines that do most damage, and the one that does least, with why it is weak. */
  private static BriefView.SummaryView summary(List<ThemeView> themes) {
    List<BriefView.LineRefView> strongest = new ArrayList<>();
    int top = Math.min(SUMMARY_LINES, themes.size());
    for (int i = 0; i < top; i++) {
      strongest.add(lineRef(themes.get(i), i == top - 1));
    }
    BriefView.LineRefView weakest =
        themes.size() > 1 ? lineRef(themes.get(themes.size() - 1), true) : null;
    return new BriefView.SummaryView(strongest, weakest);
  }

  static final int SUMMARY_LINES = 3;

  private static BriefView.LineRefView lineRef(ThemeView t, boolean last) {
    BriefView.DamageView d = t.damage();
    return new BriefView.LineRefView(
        t.rank(),
        t.label(),
        t.headline(),
        last,
        d.answeredBy(),
        d.answered(),
        !t.answers().hedges().isEmpty(),
        d.own() * 2 < d.hisWay());
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
              items(e.authors(), AuthorName::shown),
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
            : bearing.reported() == Outcome.FAILURE
                ? bearing.failureWords()
                : bearing.successWords();
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
        .mapToObj(
            i ->
                new Item(
                    text.apply(values.get(i)),
                    i == values.size() - 1,
                    i == values.size() - 2,
                    values.size() > 2))
        .toList();
  }
}
