package dev.podium.imports;

import dev.podium.load.Location;
import dev.podium.model.DatePrecision;
import dev.podium.model.ItemType;
import dev.podium.model.Nullable;
import java.time.LocalDate;
import java.util.List;

/**
 * One bibliographic item as an interchange file (CSL-JSON, RIS) gives it, before it becomes an
 * evidence record: where it is, what reports call it (its title, else its id in the file), and each
 * field only as far as the file says it. Authors are in the form records store (see {@link
 * WorkNames}); {@code precision} is {@code null} for a full date.
 */
public record Work(
    Location at,
    String key,
    @Nullable String title,
    List<String> authors,
    boolean etAl,
    @Nullable LocalDate date,
    @Nullable DatePrecision precision,
    @Nullable String abstract_,
    @Nullable ItemType type,
    @Nullable String container,
    @Nullable String doi,
    @Nullable String arxivId,
    @Nullable String volume,
    @Nullable String pages,
    @Nullable String publisher,
    @Nullable String url) {

  public Work {
    authors = List.copyOf(authors);
  }
}
