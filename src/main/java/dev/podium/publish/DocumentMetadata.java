package dev.podium.publish;

import java.time.LocalDate;
import java.util.List;

/**
 * What a document says about itself, whatever its format: who it is about ({@code author} names the
 * speaker or the panel), the motion it is for ({@code subject}, with {@code shortSubject} for a
 * running header), the stances as keywords, the program that made it, the data's date (never the
 * clock) and the language it is written in (a BCP 47 tag).
 */
public record DocumentMetadata(
    String author,
    String subject,
    String shortSubject,
    List<String> keywords,
    String creator,
    LocalDate date,
    String language) {
  public DocumentMetadata {
    keywords = List.copyOf(keywords);
  }
}
