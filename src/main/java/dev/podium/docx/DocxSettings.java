package dev.podium.docx;

import dev.podium.typeset.Paper;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a DOCX holds besides its Markdown: the paper, the metadata (the title comes from the first
 * {@code #} heading), the data's date (the file's only date, never the clock), the language as a
 * BCP 47 tag, and the pictures by the file name the Markdown links.
 */
public record DocxSettings(
    Paper paper,
    String author,
    String subject,
    List<String> keywords,
    String creator,
    LocalDate date,
    String language,
    Map<String, Picture> pictures) {
  public DocxSettings {
    if (paper == null || date == null) {
      throw new IllegalArgumentException("paper, date: required");
    }
    if (language == null || language.isBlank()) {
      throw new IllegalArgumentException("language: a BCP 47 tag such as 'en' is required");
    }
    author = author == null ? "" : author;
    subject = subject == null ? "" : subject;
    creator = creator == null ? "" : creator;
    keywords = List.copyOf(keywords);
    pictures = Collections.unmodifiableMap(new TreeMap<>(pictures));
  }
}
