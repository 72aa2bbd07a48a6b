package dev.podium.imports;

import dev.podium.model.Evidence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Marks the evidence records a profile names as key papers: matched by title the way re-imports
 * match (no case, accents or punctuation), they get {@code key: true} and the profile's URL. An
 * importer never sets a URL, so a record with one has it from a person and keeps it.
 */
public final class KeyPaperMarker {
  private KeyPaperMarker() {}

  /** The records after marking, what changed, and the id of the record each key paper matched. */
  public record Result(List<Evidence> evidence, List<RecordChange> changes, Map<String, String> idsByTitle) {
    public Result {
      evidence = List.copyOf(evidence);
      changes = List.copyOf(changes);
      idsByTitle = Map.copyOf(idsByTitle);
    }
  }

  public static Result mark(List<Evidence> evidence, List<KeyPaper> papers) {
    Map<String, KeyPaper> byKey = new LinkedHashMap<>();
    papers.forEach(p -> byKey.putIfAbsent(RecordMatcher.key(p.title()), p));
    List<Evidence> marked = new ArrayList<>();
    List<RecordChange> changes = new ArrayList<>();
    Map<String, String> ids = new LinkedHashMap<>();
    for (Evidence e : evidence) {
      KeyPaper paper = byKey.get(RecordMatcher.key(e.title()));
      if (paper == null) {
        marked.add(e);
        continue;
      }
      ids.put(paper.title(), e.id());
      List<String> updated = new ArrayList<>();
      if (!e.key()) {
        updated.add("key");
      }
      String url = e.url();
      if (url == null && paper.url() != null) {
        url = paper.url();
        updated.add("url");
      }
      marked.add(updated.isEmpty() ? e : withKey(e, url));
      RecordChange.Kind kind = updated.isEmpty() ? RecordChange.Kind.UNCHANGED : RecordChange.Kind.UPDATED;
      changes.add(new RecordChange(kind, e.id(), e.title(), updated, List.of()));
    }
    return new Result(marked, changes, ids);
  }

  private static Evidence withKey(Evidence e, String url) {
    return new Evidence(
        e.id(), e.title(), e.authors(), e.etAl(), e.date(), e.category(), url, e.links(), e.abstract_(),
        e.stances(), e.matchedTerms(), e.finding(), e.quotes(), true, e.code(), e.score(), e.affiliations());
  }
}
