package dev.podium.imports;

import dev.podium.model.Evidence;
import dev.podium.model.ItemType;
import dev.podium.model.Persona.Publication;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Marks the evidence records a profile names as key papers: matched by title the way re-imports
 * match (no case, accents or punctuation), they get {@code key: true} and the profile's URL when
 * they have none, since a URL already there came from the source or from a person. A record whose
 * URL is an arxiv.org page and that has no arXiv id gets the id and, without a type, the type
 * preprint: the link is what says the paper is on arXiv (a listing's category alone does not).
 */
public final class KeyPaperMarker {
  private KeyPaperMarker() {}

  /** The records after marking, what changed, and the id of the record each key paper matched. */
  public record Result(
      List<Evidence> evidence, List<RecordChange> changes, Map<String, String> idsByTitle) {
    public Result {
      evidence = List.copyOf(evidence);
      changes = List.copyOf(changes);
      idsByTitle = Map.copyOf(idsByTitle);
    }
  }

  /** Marks every record the papers name. */
  public static Result mark(List<Evidence> evidence, List<Publication> papers) {
    Map<String, Publication> byKey = byKey(papers);
    List<Evidence> marked = new ArrayList<>();
    List<RecordChange> changes = new ArrayList<>();
    Map<String, String> ids = new LinkedHashMap<>();
    for (Evidence e : evidence) {
      Publication paper = byKey.get(RecordMatcher.key(e.title()));
      if (paper == null) {
        marked.add(e);
        continue;
      }
      ids.put(paper.title(), e.id());
      List<String> updated = updates(e, paper);
      marked.add(marked(e, paper, updated));
      RecordChange.Kind kind =
          updated.isEmpty() ? RecordChange.Kind.UNCHANGED : RecordChange.Kind.UPDATED;
      changes.add(new RecordChange(kind, e.id(), e.title(), updated, List.of()));
    }
    return new Result(marked, changes, ids);
  }

  /**
   * Marks the records a merge added that the papers name, listing what was set in their change.
   * Records that were there before keep their key as it is: unmarking one by hand must last.
   */
  public static EvidenceMerger.Result markAdded(
      EvidenceMerger.Result merged, List<Publication> papers) {
    Map<String, Publication> byKey = byKey(papers);
    Set<String> added = new HashSet<>();
    merged.changes().stream()
        .filter(c -> c.kind() == RecordChange.Kind.ADDED)
        .forEach(c -> added.add(c.id()));
    List<Evidence> evidence = new ArrayList<>();
    Map<String, List<String>> updatedById = new HashMap<>();
    for (Evidence e : merged.evidence()) {
      Publication paper = added.contains(e.id()) ? byKey.get(RecordMatcher.key(e.title())) : null;
      List<String> updated = paper == null ? List.of() : updates(e, paper);
      updatedById.put(e.id(), updated);
      evidence.add(marked(e, paper, updated));
    }
    List<RecordChange> changes =
        merged.changes().stream()
            .map(
                c ->
                    added.contains(c.id())
                        ? new RecordChange(
                            c.kind(), c.id(), c.title(), updatedById.get(c.id()), c.kept())
                        : c)
            .toList();
    return new EvidenceMerger.Result(evidence, changes);
  }

  private static Map<String, Publication> byKey(List<Publication> papers) {
    Map<String, Publication> byKey = new LinkedHashMap<>();
    papers.forEach(p -> byKey.putIfAbsent(RecordMatcher.key(p.title()), p));
    return byKey;
  }

  /** The fields marking sets on the record: key when it is not yet, url when it has none. */
  private static List<String> updates(Evidence e, Publication paper) {
    List<String> updated = new ArrayList<>();
    if (!e.key()) {
      updated.add("key");
    }
    if (e.url() == null && paper.url() != null) {
      updated.add("url");
    }
    String url = e.url() != null ? e.url() : paper.url();
    if (e.arxivId() == null && ArxivLink.id(url) != null) {
      updated.add("arxiv_id");
      if (e.type() == null) {
        updated.add("type");
      }
    }
    return updated;
  }

  private static Evidence marked(Evidence e, Publication paper, List<String> updated) {
    return updated.isEmpty()
        ? e
        : withKey(e, updated.contains("url") ? paper.url() : e.url(), updated);
  }

  /**
   * The record as key paper, with the url and, when that url is an arXiv page and the record has no
   * arXiv id, the id and the preprint type it shows.
   */
  private static Evidence withKey(Evidence e, String url, List<String> updated) {
    String arxivId = updated.contains("arxiv_id") ? ArxivLink.id(url) : e.arxivId();
    ItemType type = updated.contains("type") ? ItemType.PREPRINT : e.type();
    return new Evidence(
        e.id(),
        e.title(),
        e.authors(),
        e.etAl(),
        e.date(),
        e.category(),
        url,
        e.links(),
        e.abstract_(),
        e.stances(),
        e.matchedTerms(),
        e.finding(),
        e.quotes(),
        true,
        e.code(),
        e.score(),
        e.affiliations(),
        e.bearing(),
        e.bearingReason(),
        e.speakerAuthored(),
        e.datePrecision(),
        type,
        e.container(),
        e.doi(),
        arxivId,
        e.volume(),
        e.pages(),
        e.publisher());
  }
}
