package dev.podium.imports.listing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The hand-checked reading of the seed listing, kept in src/test/resources/speakers/fazl-barez. */
public final class SeedListingTruth {
  /** The listing the truth describes, as committed in the persona's sources. */
  public static final java.nio.file.Path LISTING =
      java.nio.file.Path.of("seeds/personas/fazl-barez/sources/001_b89f686bb3a49483.txt");

  /** The year the truth gives to dates printed without one. */
  public static final int YEAR = 2026;

  /** One entry as the truth file records it. */
  public record Entry(
      int index,
      Double score,
      String category,
      String date,
      boolean code,
      String title,
      List<String> authors,
      boolean et_al,
      List<String> affiliations,
      String abstract_first_words,
      List<String> stances,
      String rationale,
      boolean ambiguous,
      String bearing,
      String bearing_reason,
      boolean bearing_ambiguous) {}

  private SeedListingTruth() {}

  public static List<Entry> entries() {
    ObjectMapper json =
        new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    try (InputStream in =
        SeedListingTruth.class.getResourceAsStream("/speakers/fazl-barez/listing-truth.json")) {
      return List.of(json.readValue(in, Entry[].class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
