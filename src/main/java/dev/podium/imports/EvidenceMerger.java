package dev.podium.imports;

import dev.podium.load.RecordBinder;
import dev.podium.model.Evidence;
import dev.podium.model.Nullable;
import dev.podium.model.Theme;
import dev.podium.model.Verbatim;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Merges a new import into a persona's evidence field by field: a field of the current record
 * (ours) that still equals what the importer made of the previous source (base) takes the new
 * source's value (theirs), and any other field was curated and is kept.
 *
 * <p>Ids never change once written, because themes cite them. Records missing from the new source
 * are kept; a record with no base is kept as written, since nothing tells its edits apart; and an
 * abstract is not updated when a quote taken from it, the record's or a theme's, would break.
 */
public final class EvidenceMerger {
  private static final RecordComponent[] FIELDS = Evidence.class.getRecordComponents();
  private static final Constructor<Evidence> CONSTRUCTOR = canonicalConstructor();
  private static final List<String> ABSTRACT_FIELDS = List.of("abstract", "finding", "quotes");

  /** The merged records, in the order of the file with new ones after, and what happened. */
  public record Result(List<Evidence> evidence, List<RecordChange> changes) {
    public Result {
      evidence = List.copyOf(evidence);
      changes = List.copyOf(changes);
    }
  }

  private EvidenceMerger() {}

  /**
   * Merges.
   *
   * @param ours the records in the persona's evidence.yaml now
   * @param base what the importer makes of the previously imported source, or {@code null} when
   *     there is none
   * @param theirs what the importer makes of the new source
   * @param themes the persona's themes, whose quotes must stay verbatim
   */
  public static Result merge(
      List<Evidence> ours,
      @Nullable List<Evidence> base,
      List<Evidence> theirs,
      List<Theme> themes) {
    List<Evidence> previous = base == null ? List.of() : base;
    Map<Integer, Integer> theirsToBase = RecordMatcher.match(theirs, previous, false);
    Map<Integer, Integer> oursToBase = RecordMatcher.match(ours, previous, true);
    Map<Integer, Integer> oursToTheirs = pair(ours, theirs, theirsToBase, oursToBase);

    List<Evidence> merged = new ArrayList<>();
    List<RecordChange> changes = new ArrayList<>();
    for (int o = 0; o < ours.size(); o++) {
      Evidence mine = ours.get(o);
      Integer t = oursToTheirs.get(o);
      if (t == null) {
        merged.add(mine);
        changes.add(change(RecordChange.Kind.NOT_IN_SOURCE, mine, List.of(), List.of()));
        continue;
      }
      Integer b = theirsToBase.getOrDefault(t, oursToBase.get(o));
      if (b == null) {
        merged.add(mine);
        boolean same = differing(mine, theirs.get(t)).isEmpty();
        changes.add(
            change(
                same ? RecordChange.Kind.UNCHANGED : RecordChange.Kind.KEPT,
                mine,
                List.of(),
                List.of()));
        continue;
      }
      Merge m = mergeFields(mine, previous.get(b), theirs.get(t), themes);
      merged.add(m.result());
      RecordChange.Kind kind =
          m.updated().isEmpty() ? RecordChange.Kind.UNCHANGED : RecordChange.Kind.UPDATED;
      changes.add(change(kind, m.result(), m.updated(), m.kept()));
    }
    Slugs slugs = new Slugs(ours.stream().map(Evidence::id).toList());
    for (int t = 0; t < theirs.size(); t++) {
      if (!oursToTheirs.containsValue(t)) {
        Evidence added = withId(theirs.get(t), slugs.next(theirs.get(t).title()));
        merged.add(added);
        changes.add(change(RecordChange.Kind.ADDED, added, List.of(), List.of()));
      }
    }
    return new Result(merged, changes);
  }

  /**
   * Pairs our records with theirs: directly by title or abstract, then through the base, which
   * finds a record whose title and abstract were both edited by hand.
   */
  private static Map<Integer, Integer> pair(
      List<Evidence> ours,
      List<Evidence> theirs,
      Map<Integer, Integer> theirsToBase,
      Map<Integer, Integer> oursToBase) {
    Map<Integer, Integer> oursToTheirs = new HashMap<>();
    RecordMatcher.match(theirs, ours, false).forEach((t, o) -> oursToTheirs.put(o, t));
    for (int t = 0; t < theirs.size(); t++) {
      Integer b = theirsToBase.get(t);
      if (b == null || oursToTheirs.containsValue(t)) {
        continue;
      }
      for (int o = 0; o < ours.size(); o++) {
        if (b.equals(oursToBase.get(o)) && !oursToTheirs.containsKey(o)) {
          oursToTheirs.put(o, t);
          break;
        }
      }
    }
    return oursToTheirs;
  }

  /** One record's merge: the result, the fields taken from theirs, the curated fields kept. */
  private record Merge(Evidence result, List<String> updated, List<String> kept) {}

  private static Merge mergeFields(
      Evidence ours, Evidence base, Evidence theirs, List<Theme> themes) {
    Object[] values = new Object[FIELDS.length];
    List<String> updated = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < FIELDS.length; i++) {
      String key = RecordBinder.keyOf(FIELDS[i]);
      Object o = get(ours, i);
      Object b = get(base, i);
      Object t = get(theirs, i);
      boolean curated = !Objects.equals(o, b) || key.equals("id");
      values[i] = curated ? o : t;
      if (!curated && !Objects.equals(t, o)) {
        updated.add(key);
      } else if (curated && !key.equals("id") && !Objects.equals(t, b) && !Objects.equals(t, o)) {
        kept.add(key);
      }
    }
    Evidence result = construct(values);
    if (!result.abstract_().equals(ours.abstract_()) && losesAQuote(ours, result, themes)) {
      for (String key : ABSTRACT_FIELDS) {
        int i = indexOf(key);
        values[i] = get(ours, i);
        if (updated.remove(key) || !Objects.equals(get(theirs, i), get(ours, i))) {
          if (!kept.contains(key)) {
            kept.add(key);
          }
        }
      }
      result = construct(values);
    }
    return new Merge(result, updated, kept);
  }

  /**
   * Whether the merged abstract drops a quote: one of the merged record's own, or a theme's quote
   * that was taken from this record's current abstract.
   */
  private static boolean losesAQuote(Evidence ours, Evidence merged, List<Theme> themes) {
    if (merged.quotes().stream().anyMatch(q -> !Verbatim.isSpanOf(q, merged.abstract_()))) {
      return true;
    }
    return themes.stream()
        .flatMap(theme -> theme.arguments().stream())
        .filter(a -> a.quote() != null && a.evidence().contains(ours.id()))
        .anyMatch(
            a ->
                Verbatim.isSpanOf(a.quote(), ours.abstract_())
                    && !Verbatim.isSpanOf(a.quote(), merged.abstract_()));
  }

  /** The keys of the fields, other than id, where two records differ. */
  static List<String> differing(Evidence a, Evidence b) {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < FIELDS.length; i++) {
      String key = RecordBinder.keyOf(FIELDS[i]);
      if (!key.equals("id") && !Objects.equals(get(a, i), get(b, i))) {
        keys.add(key);
      }
    }
    return keys;
  }

  private static RecordChange change(
      RecordChange.Kind kind, Evidence e, List<String> updated, List<String> kept) {
    return new RecordChange(kind, e.id(), e.title(), updated, kept);
  }

  private static Evidence withId(Evidence e, String id) {
    Object[] values = new Object[FIELDS.length];
    for (int i = 0; i < FIELDS.length; i++) {
      values[i] = get(e, i);
    }
    values[indexOf("id")] = id;
    return construct(values);
  }

  private static int indexOf(String key) {
    for (int i = 0; i < FIELDS.length; i++) {
      if (RecordBinder.keyOf(FIELDS[i]).equals(key)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no evidence field " + key);
  }

  private static Object get(Evidence e, int field) {
    try {
      return FIELDS[field].getAccessor().invoke(e);
    } catch (IllegalAccessException | InvocationTargetException ex) {
      throw new IllegalStateException("cannot read " + FIELDS[field].getName(), ex);
    }
  }

  private static Evidence construct(Object[] values) {
    try {
      return CONSTRUCTOR.newInstance(values);
    } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot build an evidence record", e);
    }
  }

  private static Constructor<Evidence> canonicalConstructor() {
    Class<?>[] types = new Class<?>[FIELDS.length];
    for (int i = 0; i < FIELDS.length; i++) {
      types[i] = FIELDS[i].getType();
    }
    try {
      return Evidence.class.getDeclaredConstructor(types);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }
}
