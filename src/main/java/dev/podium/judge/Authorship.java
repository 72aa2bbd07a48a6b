package dev.podium.judge;

import dev.podium.model.AuthorName;
import dev.podium.model.Evidence;
import dev.podium.model.Memo;
import dev.podium.model.Persona;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Judges whether the speaker wrote a record from what the sources say, and admits when they cannot
 * say. He wrote it when his name is among the authors the record shows (matched forgiving accents,
 * case, initials and a missing middle name; see {@link #sameName}) or when the profile lists it
 * among his own publications. A listing that cuts its author list short ("et al.") without showing
 * him neither confirms nor rules out his authorship. That the profile names a paper elsewhere
 * ({@code key}: related work, resources "likely co-authored or aligned") says nothing about who
 * wrote it. A person's {@code speaker_authored} on the record wins over all of this. Thread-safe.
 */
public final class Authorship {
  /** What is known about the speaker's authorship of one record. */
  public enum Status {
    /** He is among the authors shown, the profile lists the paper as his, or a person said so. */
    AUTHOR,
    /** The author list is cut short and he is not among the authors it shows. */
    NOT_SHOWN,
    /** The full author list is shown and he is not on it, or a person said he is not an author. */
    NOT_AUTHOR
  }

  /** What a judgement rests on; each reason leads to exactly one status. */
  public enum Reason {
    SET_BY_HAND_AUTHOR(Status.AUTHOR),
    SET_BY_HAND_NOT_AUTHOR(Status.NOT_AUTHOR),
    AMONG_AUTHORS_SHOWN(Status.AUTHOR),
    PROFILE_PUBLICATION(Status.AUTHOR),
    LIST_CUT_SHORT(Status.NOT_SHOWN),
    ABSENT_FROM_FULL_LIST(Status.NOT_AUTHOR);

    private final Status status;

    Reason(Status status) {
      this.status = status;
    }

    public Status status() {
      return status;
    }
  }

  /**
   * The judgement on one record: the reason, and the author as the record writes him when he is
   * among the authors shown ({@code null} otherwise).
   */
  public record Judgement(Reason reason, String matchedAuthor) {
    public Status status() {
      return reason.status();
    }

    public boolean is(Status status) {
      return reason.status() == status;
    }

    /** One line a person can check, e.g. "yes: among the authors shown (F. Barez)". */
    public String explain() {
      return switch (reason) {
        case SET_BY_HAND_AUTHOR -> "yes: set by hand (speaker_authored: true)";
        case SET_BY_HAND_NOT_AUTHOR -> "no: set by hand (speaker_authored: false)";
        case AMONG_AUTHORS_SHOWN -> "yes: among the authors shown (" + matchedAuthor + ")";
        case PROFILE_PUBLICATION -> "yes: the profile lists it among the speaker's publications";
        case LIST_CUT_SHORT ->
            "not shown: the author list is cut short (et al.) before the speaker's name";
        case ABSENT_FROM_FULL_LIST -> "no: not among the full list of authors";
      };
    }
  }

  /**
   * Sorting and counting judge each record many times per brief, and a server briefs the same
   * records again; folding a name or a title is the costly part and depends on its text alone.
   */
  private static final Memo<String, Name> WRITTEN =
      new Memo<>(4096, author -> Name.of(AuthorName.shown(author)));

  private static final Memo<String, String> TITLE_KEYS = new Memo<>(4096, Authorship::titleKey);

  private final List<Name> names;
  private final Set<String> ownIds = new HashSet<>();
  private final Set<String> ownTitles = new HashSet<>();

  /** The speaker in this profile: known by its {@code author_names}, with its own publications. */
  public static Authorship of(Persona persona) {
    return new Authorship(persona.authorNames(), persona.publications());
  }

  /**
   * The speaker known by any of {@code speakerNames} (the spellings in {@code author_names}), whose
   * profile lists {@code ownPublications} as theirs (its selected publications, not the papers it
   * names elsewhere); a publication matches a record by the record id it is tied to, or by title
   * with case, accents and punctuation aside.
   */
  public Authorship(List<String> speakerNames, List<Persona.Publication> ownPublications) {
    this.names = speakerNames.stream().map(Name::of).filter(n -> !n.isEmpty()).toList();
    for (Persona.Publication p : ownPublications) {
      if (p.evidence() != null) {
        ownIds.add(p.evidence());
      }
      ownTitles.add(titleKey(p.title()));
    }
  }

  /**
   * Judges one record: a hand-set value first, then the authors shown, then the profile's own
   * publications, then whether the list is cut short.
   */
  public Judgement judge(Evidence evidence) {
    if (evidence.speakerAuthored() != null) {
      return new Judgement(
          evidence.speakerAuthored() ? Reason.SET_BY_HAND_AUTHOR : Reason.SET_BY_HAND_NOT_AUTHOR,
          null);
    }
    for (String author : evidence.authors()) {
      Name written = WRITTEN.get(author);
      if (names.stream().anyMatch(n -> sameName(n, written))) {
        return new Judgement(Reason.AMONG_AUTHORS_SHOWN, author);
      }
    }
    if (ownIds.contains(evidence.id()) || ownTitles.contains(TITLE_KEYS.get(evidence.title()))) {
      return new Judgement(Reason.PROFILE_PUBLICATION, null);
    }
    return new Judgement(
        evidence.etAl() ? Reason.LIST_CUT_SHORT : Reason.ABSENT_FROM_FULL_LIST, null);
  }

  /** The status alone, for counting. */
  public Status status(Evidence evidence) {
    return judge(evidence).status();
  }

  /**
   * Whether the speaker is known to be an author: among those shown, listed among the profile's own
   * publications, or said to be by a person.
   */
  public boolean authored(Evidence evidence) {
    return status(evidence) == Status.AUTHOR;
  }

  /** Letters and digits only, lower case, accents dropped: as imports match titles. */
  private static String titleKey(String title) {
    String plain = MARKS.matcher(Normalizer.normalize(title, Normalizer.Form.NFKD)).replaceAll("");
    return SEPARATORS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
  }

  /**
   * Whether two names can be the same person: equal once folded, or with the same surname and given
   * names that agree as far as both go, where an initial agrees with any name it begins. "R. Arkin"
   * and "Ronald C. Arkin" agree; "Rachel Arkin" and "Ronald Arkin" do not, nor does a bare surname
   * with anything but itself. The first given name must be there on both sides.
   */
  static boolean sameName(Name speaker, Name written) {
    if (speaker.folded().equals(written.folded())) {
      return true;
    }
    if (speaker.given().isEmpty()
        || written.given().isEmpty()
        || !speaker.surname().equals(written.surname())) {
      return false;
    }
    int shared = Math.min(speaker.given().size(), written.given().size());
    for (int i = 0; i < shared; i++) {
      if (!agree(speaker.given().get(i), written.given().get(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean agree(String a, String b) {
    if (a.length() == 1 || b.length() == 1) {
      return a.charAt(0) == b.charAt(0);
    }
    return a.equals(b);
  }

  /** A name folded to plain lower-case words: the given names, then the surname. */
  record Name(String folded, List<String> given, String surname) {
    static Name of(String name) {
      String folded = fold(name);
      List<String> words = folded.isEmpty() ? List.of() : List.of(folded.split(" "));
      return words.isEmpty()
          ? new Name("", List.of(), "")
          : new Name(folded, words.subList(0, words.size() - 1), words.get(words.size() - 1));
    }

    boolean isEmpty() {
      return folded.isEmpty();
    }
  }

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  static String fold(String name) {
    String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    return SEPARATORS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
