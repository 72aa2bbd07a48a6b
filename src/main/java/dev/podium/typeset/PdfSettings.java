package dev.podium.typeset;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How one PDF is set: paper, metadata, running header, the fixed date stamped into it, fonts to
 * fall back on, the folder that relative image paths resolve in, and the drawings set in place of
 * images.
 *
 * @param title the document title; {@code null} takes the text of the first level-1 heading
 * @param headerLeft running-header text at the left margin; empty for none
 * @param headerRight running-header text at the right margin; empty for none
 * @param date the creation and modification date written into the file, so that the same input
 *     gives the same bytes
 * @param fallbackFonts TrueType or OpenType fonts tried, in order, for characters the bundled fonts
 *     lack
 * @param imageRoot the folder image paths are relative to; images must lie inside it
 * @param drawings pictures drawn as vector graphics where an image's destination is their key,
 *     instead of reading a file
 * @param language the language of the text, as a BCP 47 tag such as {@code en} or {@code en-GB},
 *     which screen readers use to choose a voice
 */
public record PdfSettings(
    Paper paper,
    String title,
    String author,
    String subject,
    List<String> keywords,
    String creator,
    String headerLeft,
    String headerRight,
    LocalDate date,
    List<Path> fallbackFonts,
    Path imageRoot,
    Map<String, Drawing> drawings,
    String language) {
  /** The language of a brief when nothing says otherwise. */
  public static final String DEFAULT_LANGUAGE = "en";

  private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

  public PdfSettings {
    Objects.requireNonNull(paper, "paper");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(subject, "subject");
    keywords = List.copyOf(keywords);
    Objects.requireNonNull(creator, "creator");
    Objects.requireNonNull(headerLeft, "headerLeft");
    Objects.requireNonNull(headerRight, "headerRight");
    Objects.requireNonNull(date, "date");
    fallbackFonts = List.copyOf(fallbackFonts);
    Objects.requireNonNull(imageRoot, "imageRoot");
    drawings = Map.copyOf(drawings);
    Objects.requireNonNull(language, "language");
    if (!LANGUAGE_TAG.matcher(language).matches()) {
      throw new IllegalArgumentException(
          "language must be a BCP 47 tag such as en or en-GB, not '" + language + "'");
    }
  }

  /** Settings for text in the {@linkplain #DEFAULT_LANGUAGE default language}. */
  public PdfSettings(
      Paper paper,
      String title,
      String author,
      String subject,
      List<String> keywords,
      String creator,
      String headerLeft,
      String headerRight,
      LocalDate date,
      List<Path> fallbackFonts,
      Path imageRoot,
      Map<String, Drawing> drawings) {
    this(
        paper,
        title,
        author,
        subject,
        keywords,
        creator,
        headerLeft,
        headerRight,
        date,
        fallbackFonts,
        imageRoot,
        drawings,
        DEFAULT_LANGUAGE);
  }

  public PdfSettings withDrawings(Map<String, Drawing> newDrawings) {
    return new PdfSettings(
        paper,
        title,
        author,
        subject,
        keywords,
        creator,
        headerLeft,
        headerRight,
        date,
        fallbackFonts,
        imageRoot,
        newDrawings,
        language);
  }

  public PdfSettings withLanguage(String newLanguage) {
    return new PdfSettings(
        paper,
        title,
        author,
        subject,
        keywords,
        creator,
        headerLeft,
        headerRight,
        date,
        fallbackFonts,
        imageRoot,
        drawings,
        newLanguage);
  }
}
