package dev.podium.load;

import dev.podium.model.Bearing;
import dev.podium.model.Evidence;
import dev.podium.model.Motion;
import dev.podium.model.Persona;
import dev.podium.model.Stance;
import dev.podium.model.Taxonomy;
import dev.podium.model.Theme;
import dev.podium.model.Verbatim;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The checks that span records and files: ids, references between files, and quotes that must be
 * verbatim. Binding has already checked each record's own shape.
 */
public final class SeedsChecker {
  private final Diagnostics diagnostics;

  public SeedsChecker(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  public void checkTaxonomy(Located<Taxonomy> taxonomy) {
    SourceMap map = taxonomy.sourceMap();
    Map<String, Integer> seen = new HashMap<>();
    List<Stance> stances = taxonomy.value().stances();
    if (stances.isEmpty()) {
      diagnostics.error(map.locate("stances"), "the taxonomy defines no stance");
    }
    for (int i = 0; i < stances.size(); i++) {
      String path = SourceMap.item("stances", i);
      Stance stance = stances.get(i);
      checkId(stance.id(), map, SourceMap.field(path, "id"), "stance");
      Integer first = seen.putIfAbsent(stance.id(), i);
      if (first != null) {
        diagnostics.error(
            map.locate(SourceMap.field(path, "id")),
            "duplicate stance id '"
                + stance.id()
                + "' (first at line "
                + map.locate(SourceMap.item("stances", first)).line()
                + ")");
      }
      if (stance.terms().isEmpty()) {
        diagnostics.warning(
            map.locate(path),
            "stance '" + stance.id() + "' has no terms; nothing can be tagged with it");
      }
      checkExclusions(stance, map, path);
    }
  }

  /** An excluded phrase that is also a term silences the term, which is surely not meant. */
  private void checkExclusions(Stance stance, SourceMap map, String path) {
    Set<String> terms = new HashSet<>();
    stance.terms().forEach(t -> terms.add(t.strip().toLowerCase(Locale.ROOT)));
    for (int j = 0; j < stance.exclude().size(); j++) {
      String phrase = stance.exclude().get(j);
      if (terms.contains(phrase.strip().toLowerCase(Locale.ROOT))) {
        diagnostics.warning(
            map.locate(SourceMap.item(SourceMap.field(path, "exclude"), j)),
            "stance '"
                + stance.id()
                + "' excludes its own term '"
                + phrase
                + "', so the term never counts; keep one of them");
      }
    }
  }

  public void checkMotion(Located<Motion> located, String fileId, Taxonomy taxonomy) {
    Motion motion = located.value();
    SourceMap map = located.sourceMap();
    checkId(motion.id(), map, "id", "motion");
    if (!motion.id().equals(fileId)) {
      diagnostics.error(
          map.locate("id"),
          "motion id '"
              + motion.id()
              + "' does not match its file name '"
              + fileId
              + ".yaml'; rename one of them");
    }
    Set<String> seen = new HashSet<>();
    List<Bearing> bearings = motion.bearings();
    for (int i = 0; i < bearings.size(); i++) {
      String path = SourceMap.field(SourceMap.item("bearings", i), "stance");
      String stance = bearings.get(i).stance();
      checkStance(stance, taxonomy, map, path);
      if (!seen.add(stance)) {
        diagnostics.error(map.locate(path), "stance '" + stance + "' has two bearings; keep one");
      }
    }
  }

  /**
   * Checks one persona against the taxonomy and the known motions. Cross-file references are
   * checked only when the file they point into loaded cleanly, so one mistake is reported once.
   */
  public void checkPersona(LoadedPersona loaded, Taxonomy taxonomy, Set<String> motionIds) {
    String folder = loaded.dir().getFileName().toString().replace("/", "");
    Persona persona = loaded.persona().value();
    SourceMap personaMap = loaded.persona().sourceMap();
    checkId(persona.id(), personaMap, "id", "persona");
    if (!persona.id().equals(folder)) {
      diagnostics.error(
          personaMap.locate("id"),
          "persona id '"
              + persona.id()
              + "' does not match its folder '"
              + folder
              + "'; rename one of them");
    }
    boolean evidenceUsable =
        loaded.evidence() != null || !Files.exists(loaded.dir().resolve("evidence.yaml"));
    Map<String, Evidence> evidence = checkEvidence(loaded, taxonomy);
    References references = evidenceUsable ? new References(evidence, declaredIds(loaded)) : null;
    checkPosition(loaded, motionIds);
    checkImported(loaded);
    if (references != null) {
      checkPublications(persona.publications(), "publications", personaMap, references);
      checkPublications(persona.keyPapers(), "key_papers", personaMap, references);
    }
    if (loaded.themes() != null) {
      checkThemes(loaded.themes(), taxonomy, references);
    }
    if (loaded.evidence() != null) {
      warnAboutWeakEvidence(loaded);
      warnAboutMissingCounters(loaded);
    }
  }

  /**
   * What a brief will say is not on file: objections and questions, for a persona whose evidence
   * carries stances. Reported at the themes file, where they are added, even when it does not exist
   * yet; the brief itself only states that none are on file.
   */
  private void warnAboutMissingCounters(LoadedPersona loaded) {
    boolean themesUnusable =
        loaded.themes() == null && Files.exists(loaded.dir().resolve("themes.yaml"));
    // An unusable themes file is reported already; what it lacks cannot be told.
    if (themesUnusable || loaded.evidenceList().stream().allMatch(e -> e.stances().isEmpty())) {
      return;
    }
    Location at =
        loaded.themes() != null
            ? loaded.themes().sourceMap().locate("themes")
            : Location.startOf(sibling(loaded.persona().sourceMap().file(), "themes.yaml"));
    List<Theme> themes = loaded.themeList();
    if (themes.isEmpty()) {
      diagnostics.warning(
          at,
          "no themes, so briefs show no objections, likely responses or questions to ask; add"
              + " themes with `counters` and `questions`, or draft them with podium draft "
              + loaded.persona().value().id());
      return;
    }
    if (themes.stream().allMatch(t -> t.counters().isEmpty())) {
      diagnostics.warning(
          at,
          "no theme has counters, so briefs show no objections or likely responses; add `counters`"
              + " (objection, response, evidence) to a theme");
    }
    if (themes.stream().allMatch(t -> t.questions().isEmpty())) {
      diagnostics.warning(
          at,
          "no theme has questions, so briefs show no questions to ask; add `questions` to a theme");
    }
  }

  /** The file named {@code name} in the same folder as {@code file}, as messages print it. */
  private static String sibling(String file, String name) {
    int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
    return file.substring(0, slash + 1) + name;
  }

  /**
   * Weak data, not errors: a stance-tagged record that the theme of its stance does not use (that
   * theme's arguments may be missing something; a stance with no theme is built from its records,
   * or shown as evidence that cuts the other way), a stance-tagged record with no finding that no
   * theme cites (no argument can be built from it), and the records a theme cites that give no URL
   * (readers cannot look them up), named together in one warning.
   */
  private void warnAboutWeakEvidence(LoadedPersona loaded) {
    Set<String> cited = new HashSet<>();
    Set<String> themedStances = new HashSet<>();
    for (Theme theme : loaded.themeList()) {
      themedStances.add(theme.stance());
      theme.arguments().forEach(a -> cited.addAll(a.evidence()));
      theme.counters().forEach(c -> cited.addAll(c.evidence()));
    }
    SourceMap map = loaded.evidence().sourceMap();
    List<Evidence> records = loaded.evidence().value().evidence();
    List<String> withoutUrl = new ArrayList<>();
    Location firstWithoutUrl = null;
    for (int i = 0; i < records.size(); i++) {
      Evidence e = records.get(i);
      Location at = map.locate(SourceMap.field(SourceMap.item("evidence", i), "id"));
      boolean uncitedStance = !e.stances().isEmpty() && !cited.contains(e.id());
      boolean themed = e.stances().stream().anyMatch(themedStances::contains);
      String noFinding =
          e.finding() == null ? " and states no finding to build an argument from" : "";
      if (uncitedStance && themed) {
        diagnostics.warning(
            at, "evidence '" + e.id() + "' carries a stance but no theme cites it" + noFinding);
      } else if (uncitedStance && e.finding() == null) {
        diagnostics.warning(
            at,
            "evidence '"
                + e.id()
                + "' carries a stance but states no finding; no argument is built from it");
      }
      if (cited.contains(e.id()) && e.url() == null) {
        withoutUrl.add(e.id());
        firstWithoutUrl = firstWithoutUrl == null ? at : firstWithoutUrl;
      }
    }
    if (withoutUrl.size() == 1) {
      diagnostics.warning(
          firstWithoutUrl,
          "evidence '"
              + withoutUrl.get(0)
              + "' is cited but has no url; readers cannot look it up");
    } else if (withoutUrl.size() > 1) {
      diagnostics.warning(
          firstWithoutUrl,
          withoutUrl.size()
              + " cited records have no url, so readers cannot look them up: "
              + String.join(", ", withoutUrl)
              + "; add a url to each where you know one");
    }
  }

  /**
   * The evidence a reference may point to: records that bound, and ids written in records that did
   * not (their own problems are reported; a reference to them would only repeat that).
   */
  private record References(Map<String, Evidence> bound, Set<String> declared) {
    boolean unknown(String id) {
      return !bound.containsKey(id) && !declared.contains(id);
    }

    Evidence get(String id) {
      return bound.get(id);
    }
  }

  private static Set<String> declaredIds(LoadedPersona loaded) {
    Set<String> ids = new HashSet<>();
    if (loaded.evidence() != null
        && loaded.evidence().root() instanceof Node.Mapping root
        && root.get("evidence") instanceof Node.Sequence records) {
      for (Node record : records.items()) {
        if (record instanceof Node.Mapping mapping && mapping.get("id") instanceof Node.Scalar id) {
          ids.add(id.text());
        }
      }
    }
    return ids;
  }

  private Map<String, Evidence> checkEvidence(LoadedPersona loaded, Taxonomy taxonomy) {
    Map<String, Evidence> byId = new HashMap<>();
    if (loaded.evidence() == null) {
      return byId;
    }
    SourceMap map = loaded.evidence().sourceMap();
    List<Evidence> records = loaded.evidence().value().evidence();
    for (int i = 0; i < records.size(); i++) {
      Evidence record = records.get(i);
      String path = SourceMap.item("evidence", i);
      String idPath = SourceMap.field(path, "id");
      checkId(record.id(), map, idPath, "evidence");
      Evidence first = byId.putIfAbsent(record.id(), record);
      if (first != null) {
        diagnostics.error(
            map.locate(idPath),
            "duplicate evidence id '"
                + record.id()
                + "' (first at line "
                + map.locate(
                        SourceMap.field(SourceMap.item("evidence", records.indexOf(first)), "id"))
                    .line()
                + "); give each record its own id");
      }
      for (int s = 0; s < record.stances().size(); s++) {
        checkStance(
            record.stances().get(s),
            taxonomy,
            map,
            SourceMap.item(SourceMap.field(path, "stances"), s));
      }
      for (int q = 0; q < record.quotes().size(); q++) {
        if (!Verbatim.isSpanOf(record.quotes().get(q), record.abstract_())) {
          diagnostics.error(
              map.locate(SourceMap.item(SourceMap.field(path, "quotes"), q)),
              "quote is not a verbatim span of the abstract of '"
                  + record.id()
                  + "'; copy it exactly from the abstract");
        }
      }
      if (record.authors().isEmpty()) {
        diagnostics.error(map.locate(path), "evidence '" + record.id() + "' lists no authors");
      }
    }
    return byId;
  }

  private void checkPosition(LoadedPersona loaded, Set<String> motionIds) {
    Persona.StatedPosition position = loaded.persona().value().position();
    if (position == null) {
      return;
    }
    SourceMap map = loaded.persona().sourceMap();
    if (!motionIds.contains(position.motion())) {
      diagnostics.error(
          map.locate("position.motion"),
          "unknown motion '" + position.motion() + "'" + hint(position.motion(), motionIds));
    }
    Path source = loaded.dir().resolve(position.source()).normalize();
    if (!source.startsWith(loaded.dir().normalize()) || !Files.isRegularFile(source)) {
      diagnostics.error(
          map.locate("position.source"),
          "source '"
              + position.source()
              + "' is not a file in the persona's folder; name a file such as sources/profile.md");
      return;
    }
    try {
      String text = Files.readString(source, StandardCharsets.UTF_8);
      if (!Verbatim.isSpanOf(position.quote(), text)) {
        diagnostics.error(
            map.locate("position.quote"),
            "quote is not a verbatim span of " + position.source() + "; copy it exactly");
      }
    } catch (IOException e) {
      diagnostics.error(map.locate("position.source"), "cannot read " + position.source());
    }
  }

  /** The listing copy a re-import compares against; without it, edits cannot be told apart. */
  private void checkImported(LoadedPersona loaded) {
    if (loaded.evidence() == null
        || loaded.evidence().value().imported() == null
        || loaded.evidence().value().imported().listing() == null) {
      return;
    }
    String source = loaded.evidence().value().imported().listing().source();
    Path file = loaded.dir().resolve(source).normalize();
    if (!file.startsWith(loaded.dir().normalize()) || !Files.isRegularFile(file)) {
      diagnostics.warning(
          loaded.evidence().sourceMap().locate("imported.listing.source"),
          "imported listing '"
              + source
              + "' is not a file in the persona's folder; the next import"
              + " will keep every matched record as written");
    }
  }

  private void checkPublications(
      List<Persona.Publication> papers, String key, SourceMap map, References evidence) {
    for (int i = 0; i < papers.size(); i++) {
      String id = papers.get(i).evidence();
      if (id != null && evidence.unknown(id)) {
        diagnostics.error(
            map.locate(SourceMap.field(SourceMap.item(key, i), "evidence")),
            "unknown evidence id '" + id + "'" + hint(id, evidence.bound().keySet()));
      }
    }
  }

  private void checkThemes(Located<ThemesFile> located, Taxonomy taxonomy, References evidence) {
    SourceMap map = located.sourceMap();
    List<Theme> themes = located.value().themes();
    Set<String> stances = new HashSet<>();
    for (int t = 0; t < themes.size(); t++) {
      Theme theme = themes.get(t);
      String path = SourceMap.item("themes", t);
      String stancePath = SourceMap.field(path, "stance");
      checkStance(theme.stance(), taxonomy, map, stancePath);
      if (!stances.add(theme.stance())) {
        diagnostics.error(
            map.locate(stancePath),
            "a second theme for stance '" + theme.stance() + "'; merge them");
      }
      if (theme.arguments().isEmpty()) {
        diagnostics.warning(map.locate(path), "theme '" + theme.stance() + "' has no arguments");
      }
      if (theme.drafted()) {
        diagnostics.warning(
            map.locate(SourceMap.field(path, "drafted")),
            "theme '"
                + theme.stance()
                + "' is drafted by podium draft and not yet reviewed;"
                + " review it, then remove `drafted: true`");
      }
      for (int a = 0; a < theme.arguments().size(); a++) {
        checkArgument(
            theme.arguments().get(a),
            map,
            SourceMap.item(SourceMap.field(path, "arguments"), a),
            evidence);
      }
      for (int c = 0; c < theme.counters().size(); c++) {
        String counterPath = SourceMap.item(SourceMap.field(path, "counters"), c);
        checkReferences(theme.counters().get(c).evidence(), map, counterPath, evidence);
      }
    }
  }

  private void checkArgument(
      Theme.Argument argument, SourceMap map, String path, References evidence) {
    if (argument.evidence().isEmpty()) {
      diagnostics.error(
          map.locate(path), "argument cites no evidence; every claim must rest on an evidence id");
      return;
    }
    checkReferences(argument.evidence(), map, path, evidence);
    // A quote is checked once every record it could come from is known; otherwise the missing
    // record is what is reported.
    if (argument.quote() == null
        || evidence == null
        || argument.evidence().stream().map(evidence::get).anyMatch(e -> e == null)) {
      return;
    }
    boolean verbatim =
        argument.evidence().stream()
            .map(evidence::get)
            .anyMatch(e -> e != null && Verbatim.isSpanOf(argument.quote(), e.abstract_()));
    if (!verbatim) {
      diagnostics.error(
          map.locate(SourceMap.field(path, "quote")),
          "quote is not a verbatim span of the abstract of any evidence this argument cites");
    }
  }

  private void checkReferences(List<String> ids, SourceMap map, String path, References evidence) {
    if (evidence == null) {
      return;
    }
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      if (evidence.unknown(id)) {
        diagnostics.error(
            map.locate(SourceMap.item(SourceMap.field(path, "evidence"), i)),
            "unknown evidence id '" + id + "'" + hint(id, evidence.bound().keySet()));
      }
    }
  }

  private void checkStance(String id, Taxonomy taxonomy, SourceMap map, String path) {
    if (taxonomy != null && taxonomy.find(id) == null) {
      List<String> known = taxonomy.stances().stream().map(Stance::id).toList();
      diagnostics.error(
          map.locate(path),
          "unknown stance '"
              + id
              + "'"
              + hint(id, known)
              + (Suggestions.closest(id, known) == null
                  ? "; known stances: "
                      + String.join(", ", known)
                      + " (add new ones to stances.yaml)"
                  : ""));
    }
  }

  private void checkId(String id, SourceMap map, String path, String what) {
    if (!Ids.isValid(id)) {
      diagnostics.error(map.locate(path), "bad " + what + " id '" + id + "': " + Ids.rule());
    }
  }

  private static String hint(String id, java.util.Collection<String> known) {
    String closest = Suggestions.closest(id, known);
    return closest == null ? "" : "; did you mean '" + closest + "'?";
  }
}
