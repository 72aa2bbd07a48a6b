package dev.podium.assemble;

import dev.podium.assemble.BriefView.AffiliationView;
import dev.podium.assemble.BriefView.AppearanceView;
import dev.podium.assemble.BriefView.ArgumentView;
import dev.podium.assemble.BriefView.CiteView;
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
import java.util.List;
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

  /**
   * Assembles the brief.
   *
   * @param asOf the date recency is measured from; {@code null} takes the newest evidence date
   */
  public BriefView assemble(Dossier dossier, String kind, LocalDate asOf) {
    LocalDate reference = asOf != null ? asOf : newestDate(dossier);
    Authorship authorship = new Authorship(dossier.persona().authorNames());
    EvidenceStrength strength = new EvidenceStrength(authorship, reference);
    SidePrediction prediction = new SidePredictor(strength, authorship).predict(dossier);
    ThemeRanker ranker = new ThemeRanker(strength);
    List<ThemeRanker.RankedTheme> ranked = ranker.rank(dossier);

    CitationNumbers numbers = new CitationNumbers();
    ranked.forEach(r -> r.theme().arguments().forEach(a -> a.evidence().forEach(numbers::cite)));
    ranked.forEach(r -> r.theme().counters().forEach(c -> c.evidence().forEach(numbers::cite)));
    int cited = numbers.inOrder().size();
    // An uncited record without a stance says nothing about the motion; listing it is clutter.
    dossier.evidence().stream()
        .filter(e -> !e.stances().isEmpty())
        .sorted(ranker.strongestFirst())
        .forEach(e -> numbers.cite(e.id()));

    List<ThemeView> themes =
        IntStream.range(0, ranked.size())
            .mapToObj(i -> themeView(i + 1, ranked.get(i), dossier, numbers))
            .toList();
    return new BriefView(
        kind,
        personaView(dossier.persona()),
        motionView(dossier.motion()),
        sideView(prediction, dossier),
        glance(dossier, authorship, themes, numbers.inOrder().size()),
        themes,
        references(dossier, numbers, authorship, cited),
        new ProvenanceView(version, dossier.fingerprint(), reference.toString()));
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
        p.roles().stream()
            .map(r -> new RoleView(r.title(), r.organisation(), r.focus(), LinkPolicy.safe(r.url())))
            .toList(),
        p.affiliations().stream()
            .map(
                a ->
                    new AffiliationView(
                        a.name(), a.relation(), a.focus(), LinkPolicy.safe(a.url())))
            .toList(),
        p.bio(),
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

  private static MotionView motionView(Motion m) {
    return new MotionView(m.id(), m.short_(), m.text());
  }

  private static SideView sideView(SidePrediction prediction, Dossier dossier) {
    Side side = prediction.side();
    StatedView stated =
        prediction.stated() == null
            ? null
            : new StatedView(
                prediction.stated().summary(),
                prediction.stated().quote(),
                prediction.stated().source(),
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
                      t.latestYear());
                })
            .toList();
    return new SideView(
        side == null ? "undecided" : side.id(),
        side == Side.FOR,
        side == Side.AGAINST,
        side == null,
        stated,
        prediction.evidenceSide() == null ? "undecided" : prediction.evidenceSide().id(),
        prediction.evidenceSide() == side,
        reasons);
  }

  private static GlanceView glance(
      Dossier dossier, Authorship authorship, List<ThemeView> themes, int listed) {
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
        (int) evidence.stream().filter(authorship::authored).count(),
        (int) evidence.stream().filter(Evidence::key).count(),
        evidence.stream().map(e -> e.date().getYear()).min(Integer::compare).orElse(null),
        evidence.stream().map(e -> e.date().getYear()).max(Integer::compare).orElse(null),
        themes.size(),
        themes.stream().mapToInt(t -> t.arguments().size()).sum(),
        stances,
        listed,
        evidence.size() - listed,
        listed < evidence.size());
  }

  private static ThemeView themeView(
      int rank, ThemeRanker.RankedTheme ranked, Dossier dossier, CitationNumbers numbers) {
    Theme theme = ranked.theme();
    Stance stance = dossier.taxonomy().find(theme.stance());
    Bearing bearing = dossier.motion().bearing(theme.stance());
    List<ArgumentView> arguments =
        IntStream.range(0, theme.arguments().size())
            .mapToObj(i -> argumentView(i + 1, theme.arguments().get(i), dossier, numbers))
            .toList();
    List<CounterView> counters =
        theme.counters().stream()
            .map(c -> new CounterView(c.objection(), c.response(), cites(c.evidence(), numbers)))
            .toList();
    return new ThemeView(
        rank,
        theme.stance(),
        stance.label(),
        theme.headline(),
        theme.position(),
        ranked.curated(),
        dossier.motion().sideOf(theme.stance()).id(),
        bearing == null ? null : bearing.reason(),
        arguments,
        counters,
        theme.questions());
  }

  private static ArgumentView argumentView(
      int number, Theme.Argument argument, Dossier dossier, CitationNumbers numbers) {
    return new ArgumentView(
        number, argument.claim(), cites(argument.evidence(), numbers), quote(argument, dossier, numbers));
  }

  /** The argument's own quote, or else the first quote of the first cited record that has one. */
  private static QuoteView quote(Theme.Argument argument, Dossier dossier, CitationNumbers numbers) {
    for (String id : argument.evidence()) {
      Evidence e = dossier.evidence(id);
      if (argument.quote() != null) {
        if (Verbatim.isSpanOf(argument.quote(), e.abstract_())) {
          return new QuoteView(argument.quote().strip(), numbers.numberOf(id));
        }
      } else if (!e.quotes().isEmpty()) {
        return new QuoteView(e.quotes().get(0).strip(), numbers.numberOf(id));
      }
    }
    return null;
  }

  private static List<CiteView> cites(List<String> ids, CitationNumbers numbers) {
    List<Integer> sorted = ids.stream().map(numbers::numberOf).distinct().sorted().toList();
    return IntStream.range(0, sorted.size())
        .mapToObj(i -> new CiteView(sorted.get(i), i == sorted.size() - 1))
        .toList();
  }

  private static List<ReferenceView> references(
      Dossier dossier, CitationNumbers numbers, Authorship authorship, int cited) {
    List<ReferenceView> references = new ArrayList<>();
    for (String id : numbers.inOrder()) {
      Evidence e = dossier.evidence(id);
      int number = numbers.numberOf(id);
      references.add(
          new ReferenceView(
              number,
              e.id(),
              items(e.authors(), Function.identity()),
              e.etAl(),
              e.title(),
              e.category(),
              e.date().toString(),
              e.date().getYear(),
              LinkPolicy.safe(e.url()),
              e.links().stream()
                  .filter(l -> LinkPolicy.safe(l.url()) != null)
                  .map(l -> new LinkView(l.label(), l.url(), null))
                  .toList(),
              items(e.stances(), s -> dossier.taxonomy().find(s).label()),
              e.finding(),
              authorship.authored(e),
              e.key(),
              number <= cited));
    }
    return references;
  }

  private static <T> List<Item> items(List<T> values, Function<T, String> text) {
    return IntStream.range(0, values.size())
        .mapToObj(i -> new Item(text.apply(values.get(i)), i == values.size() - 1))
        .toList();
  }
}
