package dev.podium.model;

import java.util.List;
import java.util.stream.Stream;

/**
 * A speaker's profile as curated in {@code persona.yaml}: who they are, what they have done, and
 * the profile's own view of their likely position.
 */
public record Persona(
    String id,
    String name,
    @Nullable String honorific,
    @Nullable String headline,
    @Nullable Pronouns pronouns,
    List<String> authorNames,
    List<Role> roles,
    List<Affiliation> affiliations,
    List<String> bio,
    List<String> researchInterests,
    List<String> expertise,
    List<Publication> publications,
    List<Publication> keyPapers,
    List<Appearance> appearances,
    @Nullable String mediaSummary,
    List<MediaItem> media,
    List<Link> links,
    List<String> coreThemes,
    @Nullable StatedPosition position) {

  public Persona {
    authorNames = List.copyOf(authorNames);
    roles = List.copyOf(roles);
    affiliations = List.copyOf(affiliations);
    bio = List.copyOf(bio);
    researchInterests = List.copyOf(researchInterests);
    expertise = List.copyOf(expertise);
    publications = List.copyOf(publications);
    keyPapers = List.copyOf(keyPapers);
    appearances = List.copyOf(appearances);
    media = List.copyOf(media);
    links = List.copyOf(links);
    coreThemes = List.copyOf(coreThemes);
  }

  /** Every paper the profile names, selected publications first: the ones imports mark as key. */
  public List<Publication> namedPapers() {
    return Stream.concat(publications.stream(), keyPapers.stream()).toList();
  }

  /** The name as a reader addresses the person, with the honorific when there is one. */
  public String displayName() {
    return honorific == null ? name : honorific + " " + name;
  }

  /** The pronouns a brief uses for the person, when the profile makes them plain. */
  public record Pronouns(String subject, String object, String possessive) {
    /** Used when a profile gives none: neutral, and never wrong about the person. */
    public static final Pronouns NEUTRAL = new Pronouns("they", "them", "their");
  }

  /** The pronouns to use: the profile's, else neutral ones. */
  public Pronouns pronounsOrNeutral() {
    return pronouns == null ? Pronouns.NEUTRAL : pronouns;
  }

  /** A position held at an organisation. */
  public record Role(
      String title, String organisation, @Nullable String focus, @Nullable String url) {}

  /** A looser tie to an organisation: membership, leadership of an initiative, affiliation. */
  public record Affiliation(
      String name, String relation, @Nullable String focus, @Nullable String url) {}

  /**
   * A publication the profile itself selects, optionally tied to an evidence record. The selected
   * publications are shown in a brief; {@code key_papers} are papers the profile singles out
   * elsewhere. Both are key papers: an import marks the evidence records they name as key.
   */
  public record Publication(
      String title, @Nullable Integer year, @Nullable String url, @Nullable String evidence) {}

  /** A keynote, panel, workshop or recorded talk. */
  public record Appearance(
      String title,
      String role,
      @Nullable String event,
      @Nullable String place,
      @Nullable Integer year) {}

  /** A piece of press or media work. */
  public record MediaItem(
      String title, String outlet, @Nullable Integer year, @Nullable String url) {}

  /** A profile link: website, institutional page, scholar profile. */
  public record Link(String label, String url, @Nullable String note) {}

  /**
   * The profile's own modelling of the speaker's position on a motion, with a verbatim quote from
   * the source document that states it.
   */
  public record StatedPosition(
      String motion, Side side, String summary, String quote, String source) {}
}
