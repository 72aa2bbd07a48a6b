package dev.podium.assemble;

import java.util.List;

/**
 * The template context of a brief: plain values, already selected, ranked and numbered, with no
 * wording and no formatting. Templates turn it into prose.
 */
public record BriefView(
    String kind,
    StyleView style,
    PersonaView persona,
    MotionView motion,
    SideView side,
    IntroView intro,
    SummaryView summary,
    GlanceView glance,
    ProfileView profile,
    List<ThemeView> themes,
    int counterCount,
    int questionCount,
    List<KeyArgumentView> keyArguments,
    List<WeakSpotView> weakSpots,
    List<ReferenceView> otherWay,
    List<ReferenceView> evidence,
    List<ReferenceView> references,
    ProvenanceView provenance) {

  /** Who the speaker is, as the profile tells it. */
  public record PersonaView(
      String id,
      String name,
      String displayName,
      String headline,
      PronounsView pronouns,
      List<RoleView> roles,
      List<AffiliationView> affiliations,
      List<String> bio,
      String bioLead,
      List<Item> researchInterests,
      List<String> expertise,
      List<PublicationView> publications,
      List<AppearanceView> appearances,
      String mediaSummary,
      List<MediaView> media,
      List<LinkView> links,
      List<String> coreThemes) {}

  /** Pronouns in the forms templates need, capitalised for the start of a sentence too. */
  public record PronounsView(
      String subject,
      String object,
      String possessive,
      String subjectCapital,
      String possessiveCapital,
      boolean plural) {}

  public record RoleView(
      String title, String organisation, String focus, String url, boolean last) {}

  public record AffiliationView(String name, String relation, String focus, String url) {}

  public record PublicationView(String title, Integer year, String url) {}

  public record AppearanceView(
      String title, String role, String event, String place, Integer year) {}

  public record MediaView(String title, String outlet, Integer year, String url) {}

  public record LinkView(String label, String url, String note) {}

  /** A word in a list that the template joins; {@code last} tells it where to stop. */
  public record Item(String text, boolean last, boolean penultimate, boolean serial) {
    public Item(String text, boolean last) {
      this(text, last, false, false);
    }

    public Item(String text, boolean last, boolean penultimate) {
      this(text, last, penultimate, false);
    }

    /** The items of a list, each knowing whether it is the last or the one before it. */
    public static List<Item> of(List<String> texts) {
      return java.util.stream.IntStream.range(0, texts.size())
          .mapToObj(
              i ->
                  new Item(
                      texts.get(i), i == texts.size() - 1, i == texts.size() - 2, texts.size() > 2))
          .toList();
    }
  }

  /** The motion, what it covers, and the domains it reaches into. */
  public record MotionView(
      String id, String shortName, String text, String scope, List<DomainView> domains) {
    /** Whether the motion file says what the motion covers: a scope or domains. */
    public boolean described() {
      return scope != null || !domains.isEmpty();
    }
  }

  /**
   * A domain of the motion: what is at stake there, and the speaker's records that touch it with
   * the word that shows it ({@code terms}, each "title (year, “word”)").
   */
  public record DomainView(String label, String stake, List<Item> terms) {}

  /**
   * What a moderator reads aloud: the speaker's first role, research interests from the profile,
   * and the stances on which the speaker's own records bear the side the brief prepares for (the
   * topics that put them on this panel); {@code ownTopics} is false when the topics rest on records
   * that are not the speaker's own. {@code about} is as much of the profile's biography, and {@code
   * further} as many of his other records, as a one-page handout has room for.
   */
  public record IntroView(
      RoleView role,
      List<Item> interests,
      List<Item> topics,
      boolean ownTopics,
      List<String> about,
      List<SourceView> further) {}

  /**
   * The opponent brief's summary: the three lines that do the most damage, and the weakest line
   * with what makes it weak.
   */
  public record SummaryView(List<LineRefView> strongest, LineRefView weakest) {}

  /**
   * A line named elsewhere in the brief, by rank, and why it is weak when it is the weakest: the
   * records on file that answer it, hedges in its own evidence, or resting on others' work.
   */
  public record LineRefView(
      int rank,
      String label,
      String headline,
      boolean last,
      int answeredBy,
      boolean answered,
      boolean hedged,
      boolean othersWork) {
    public boolean oneAnswer() {
      return answeredBy == 1;
    }
  }

  /**
   * The side the brief prepares for and the reasons behind the prediction. {@code overridden} is
   * true when the user chose a side other than the {@code predicted} one; {@code stated} is the
   * profile's own modelling, when it covers this motion; {@code evidenceSide} is what the evidence
   * alone points to.
   */
  public record SideView(
      String id,
      boolean isFor,
      boolean isAgainst,
      boolean isUndecided,
      boolean overridden,
      String predicted,
      StatedView stated,
      String evidenceSide,
      boolean evidenceUndecided,
      boolean evidenceAgrees,
      List<ReasonView> reasons) {}

  /**
   * The profile's own modelling of the position, with its verbatim quote. The file the quote comes
   * from is left out: it is the seeds' business, not the reader's.
   */
  public record StatedView(String summary, String quote, String side) {}

  /**
   * How one stance's evidence bears on the motion: of {@code evidenceCount} records, {@code
   * authoredCount} are the speaker's and {@code notShownCount} have an author list cut short before
   * his name could show.
   */
  public record ReasonView(
      String stance,
      String label,
      String bearing,
      boolean bearsFor,
      boolean bearsAgainst,
      String why,
      int evidenceCount,
      int authoredCount,
      int notShownCount,
      Integer latestYear,
      int bearingFor,
      int bearingAgainst) {
    public boolean oneFor() {
      return bearingFor == 1;
    }

    /** The stance's label as it reads inside a sentence. */
    public String labelInSentence() {
      return BriefAssembler.lowerFirst(label);
    }

    public boolean oneAgainst() {
      return bearingAgainst == 1;
    }
  }

  /**
   * The numbers for the "at a glance" box; {@code listedCount} records are in the evidence table
   * and reference list, {@code unlistedCount} are neither cited nor stance-tagged, and {@code
   * omittedCount} are stance-tagged but uncited and weaker than the listed ones. {@code
   * authoredCount} records are the speaker's (his name among the authors shown, or the paper named
   * in his profile); {@code notShownCount} have an author list cut short without his name.
   */
  public record GlanceView(
      int evidenceCount,
      int authoredCount,
      int notShownCount,
      int keyCount,
      Integer firstYear,
      Integer lastYear,
      int themeCount,
      int argumentCount,
      List<StanceCountView> stances,
      int listedCount,
      int unlistedCount,
      boolean someUnlisted,
      int omittedCount,
      boolean someOmitted,
      boolean someDrafted) {}

  public record StanceCountView(String label, int count, boolean last) {}

  /**
   * The evidence profile: the records that carry a stance, by stance and by year, how many of them
   * the speaker wrote and how many have an author list cut short before his name could show; {@code
   * file} names the chart drawn from it, beside the brief. Years run over all the records on file.
   * A record on two stances counts in both rows; {@code sharedCount} records do. {@code scale} says
   * how many years a column and how many records a dot stand for.
   */
  public record ProfileView(
      String file,
      int recordCount,
      int authoredCount,
      int notShownCount,
      int sharedCount,
      int firstYear,
      int lastYear,
      ProfileScale scale,
      List<ProfileRowView> stances) {}

  /** One stance of the profile, with only the years in which it has records. */
  public record ProfileRowView(
      String label,
      int count,
      int authored,
      int notShown,
      List<ProfileYearView> years,
      boolean last) {}

  /**
   * The records on one stance in one year: all, the speaker's, and those whose cut-short author
   * list cannot say; {@code marked} when either of the last two is not zero (the chart fills or
   * half fills some of the cell's dots).
   */
  public record ProfileYearView(
      int year, int count, int authored, int notShown, boolean marked, boolean last) {}

  /** A theme in rank order, with its arguments as evidence cards. */
  public record ThemeView(
      int rank,
      String stance,
      String label,
      String headline,
      String position,
      boolean curated,
      String bearing,
      String bearingReason,
      List<ArgumentView> arguments,
      List<CounterView> counters,
      List<String> questions,
      DamageView damage,
      AnswersView answers) {}

  /**
   * How much damage a line can do, and what that rests on: the records behind it that bear the
   * speaker's way ({@code hisWay}, {@code own} of them his own, the newest from {@code newestYear})
   * and the records on file that answer it.
   */
  public record DamageView(
      int hisWay, int own, Integer newestYear, int answeredBy, boolean answered) {
    public boolean oneHisWay() {
      return hisWay == 1;
    }

    public boolean oneAnswer() {
      return answeredBy == 1;
    }

    public boolean noneOwn() {
      return own == 0;
    }

    public boolean oneOwn() {
      return own == 1;
    }

    /** The line rests mostly on work that is not the speaker's own. */
    public boolean othersWork() {
      return hisWay > 0 && own * 2 < hisWay;
    }
  }

  /**
   * What to prepare against a line: records that bear the other way on its stance, sentences in
   * which the line's own evidence qualifies its result, and the speaker's own papers that cut
   * against the line.
   */
  public record AnswersView(
      List<ReferenceView> otherWay,
      List<HedgeView> hedges,
      List<ReferenceView> ownAgainst,
      boolean any) {}

  /** A sentence in which a record qualifies its own result, verbatim, with its citation. */
  public record HedgeView(String text, String cite, String title, Integer year, boolean own) {}

  /** The citation style: its CSL id and whether it cites by number. */
  public record StyleView(String id, boolean numeric) {}

  /**
   * An evidence card as debaters cut it: the tag (the argument), the cite line of the record it
   * quotes, the quote in its context, and the other records that make the same point.
   */
  public record ArgumentView(
      int number,
      String tag,
      String claim,
      String cite,
      SourceView source,
      QuoteView quote,
      String alsoCite,
      int records,
      boolean citedAbove) {}

  /**
   * A cite line: the authors as the listing shows them, the date, the title and link, and whose
   * work it is. {@code own}: the speaker is an author, and {@code qualification} is his first role;
   * {@code unknown}: the author list is cut short before his name could show.
   */
  public record SourceView(
      String id,
      List<Item> authors,
      boolean etAl,
      String firstAuthor,
      int year,
      String date,
      String title,
      String url,
      String urlText,
      boolean own,
      boolean unknown,
      boolean others,
      String qualification) {
    /** More authors than a short source line names: it gives the first and "et al.". */
    public boolean many() {
      return etAl || authors.size() > 2;
    }
  }

  /**
   * One of the few points a handout or panel carries: the line's headline, the plain words that tie
   * it to the motion, and one source.
   */
  public record KeyArgumentView(
      int number,
      String label,
      String headline,
      String plain,
      String claim,
      String cite,
      QuoteView quote,
      SourceView source) {}

  /**
   * Where a record behind an argument is open to challenge: its age, and the sentences in which its
   * own abstract hedges (verbatim).
   */
  public record WeakSpotView(
      String cite,
      String title,
      String date,
      int ageYears,
      boolean old,
      List<String> hedges,
      boolean hedged,
      int line,
      boolean own) {}

  /**
   * A verbatim quote ({@code text}, the warrant) with the words around it in its source, and the
   * citation of the record it comes from; the three read as one verbatim span.
   */
  public record QuoteView(String before, String text, String after, String cite) {}

  /** An objection, the likely response, and the citation backing it ({@code null}: none). */
  public record CounterView(String objection, String response, String cite) {}

  /**
   * One record the brief lists: its reference entry formatted in the brief's style, its in-text
   * label, and the fields the evidence table shows. {@code authored}: the speaker wrote it; {@code
   * authorNotShown}: its author list is cut short without his name, so it cannot say; {@code
   * finding} is {@code null} when the record states none.
   */
  public record ReferenceView(
      int number,
      String label,
      String text,
      String id,
      List<Item> authors,
      boolean etAl,
      String title,
      String category,
      String date,
      Integer year,
      String url,
      List<LinkView> links,
      List<Item> stances,
      String finding,
      boolean authored,
      boolean authorNotShown,
      boolean key,
      boolean cited,
      BearingView bearing) {
    /** The same record with no finding: for a list that follows one that showed it. */
    public ReferenceView withoutFinding() {
      return new ReferenceView(
          number,
          label,
          text,
          id,
          authors,
          etAl,
          title,
          category,
          date,
          year,
          url,
          links,
          stances,
          null,
          authored,
          authorNotShown,
          key,
          cited,
          bearing);
    }
  }

  /**
   * How a record bears on the motion: {@code otherWay} when it cuts against the side the brief
   * prepares for, {@code curated} when a person set it, else the stances it asserts and refutes and
   * the words of its abstract that the judgement rests on.
   */
  public record BearingView(
      String side,
      boolean isFor,
      boolean isAgainst,
      boolean otherWay,
      boolean curated,
      String curatedReason,
      List<Item> words,
      List<Item> asserted,
      List<Item> refuted) {}

  /** Which data made the brief: never the wall clock. */
  public record ProvenanceView(String version, String fingerprint, java.time.LocalDate asOf) {}
}
