package dev.podium.judge;

import dev.podium.model.Evidence;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Judges whether the speaker wrote a record, and admits when the record cannot say: a listing that
 * cuts its author list short ("et al.") without showing the speaker neither confirms nor rules out
 * his authorship. The speaker's name is matched forgiving accents, case, initials and a missing
 * middle name (see {@link #sameName}); a paper the profile names counts as his. Thread-safe.
 */
public final class Authorship {
  /** What is known about the speaker's authorship of one record. */
  public enum Status {
    /** He is among the authors shown, or the profile names the paper. */
    AUTHOR,
    /** The author list is cut short and he is not among the authors it shows. */
    NOT_SHOWN,
    /** The full author list is shown and he is not on it. */
    NOT_AUTHOR
  }

  /** What a judgement rests on; each reason leads to exactly one status. */
  public enum Reason {
    AMONG_AUTHORS_SHOWN(Status.AUTHOR),
    NAMED_IN_PROFILE(Status.AUTHOR),
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
  }

  private final List<Name> names;

  /** The speaker known by any of {@code speakerNames}, the spellings in {@code author_names}. */
  public Authorship(List<String> speakerNames) {
    this.names = speakerNames.stream().map(Name::of).filter(n -> !n.isEmpty()).toList();
  }

  /** Judges one record: the authors shown first, then the profile, then whether the list is cut. */
  public Judgement judge(Evidence evidence) {
    for (String author : evidence.authors()) {
      Name written = Name.of(author);
      if (names.stream().anyMatch(n -> sameName(n, written))) {
        return new Judgement(Reason.AMONG_AUTHORS_SHOWN, author);
      }
    }
    if (evidence.key()) {
      return new Judgement(Reason.NAMED_IN_PROFILE, null);
    }
    return new Judgement(
        evidence.etAl() ? Reason.LIST_CUT_SHORT : Reason.ABSENT_FROM_FULL_LIST, null);
  }

  /** The status alone, for counting. */
  public Status status(Evidence evidence) {
    return judge(evidence).status();
  }

  /** Whether the speaker is known to be an author: among those shown, or named in the profile. */
  public boolean authored(Evidence evidence) {
    return status(evidence) == Status.AUTHOR;
  }

  /**
   * Whether two names can be the same person: equal once folded, or with the same surname and
   * given names that agree as far as both go, where an initial agrees with any name it begins.
   * "R. Arkin" and "Ronald C. Arkin" agree; "Rachel Arkin" and "Ronald Arkin" do not, nor does a
   * bare surname with anything but itself. The first given name must be there on both sides.
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
