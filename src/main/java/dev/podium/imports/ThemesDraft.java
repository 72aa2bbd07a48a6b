package dev.podium.imports;

import dev.podium.judge.DraftDigest;
import dev.podium.judge.ThemeDrafter;
import dev.podium.load.Located;
import dev.podium.load.Node;
import dev.podium.load.ThemesFile;
import dev.podium.model.Nullable;
import dev.podium.model.Stance;
import dev.podium.model.Theme;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What {@code podium draft} does to a persona's themes.yaml. A stance with records and no theme
 * gets a drafted one; a theme still exactly as drafted is drafted afresh; a theme a person wrote,
 * or edited since it was drafted, is kept byte for byte, as are the file's comments. Themes keep
 * their places in the file and new ones follow, in taxonomy order.
 */
public final class ThemesDraft {
  /** What happened to one stance's theme. */
  public enum Action {
    ADDED,
    REDRAFTED,
    UNCHANGED,
    /** Drafted before, but no record argues the stance now; the untouched draft is removed. */
    REMOVED,
    KEPT_EDITED,
    KEPT_WRITTEN
  }

  /** One theme's outcome, with what a fresh draft rests on (empty when nothing was drafted). */
  public record Outcome(String stance, Action action, @Nullable Theme theme, List<String> reasons) {
    public Outcome {
      reasons = List.copyOf(reasons);
    }
  }

  /** The write, if the file changes, and one outcome per theme. */
  public record Plan(List<ImportPlan.FileWrite> writes, List<Outcome> outcomes) {
    public Plan {
      writes = List.copyOf(writes);
      outcomes = List.copyOf(outcomes);
    }
  }

  private static final List<String> HEADER =
      List.of(
          "yaml-language-server: $schema=../../schemas/themes.schema.json",
          "Themes: one per stance, each a headline, arguments resting on evidence ids, counters"
              + " and",
          "questions (`podium schema themes`). A theme marked drafted: true was drafted by",
          "`podium draft` and is redrafted by it until you edit it; review it, then remove the"
              + " mark.");

  private ThemesDraft() {}

  /**
   * @param current the file as it loaded, or {@code null} when there is none
   * @param text the file's text, or {@code null} when there is none
   * @param stances the stances that have records, in taxonomy order
   * @param drafter a stance's fresh draft, or {@code null} when no record argues it
   */
  public static Plan plan(
      Path file,
      @Nullable Located<ThemesFile> current,
      @Nullable String text,
      List<Stance> stances,
      Function<Stance, ThemeDrafter.Draft> drafter) {
    List<Theme> themes = current == null ? List.of() : current.value().themes();
    Layout layout =
        current == null || text == null
            ? Layout.empty(null)
            : Layout.of(text, current.root(), themes.size());
    List<Outcome> outcomes = new ArrayList<>();
    StringBuilder out = new StringBuilder(layout.prefix());
    Set<String> present = new HashSet<>();
    for (int i = 0; i < themes.size(); i++) {
      Theme theme = themes.get(i);
      present.add(theme.stance());
      Outcome outcome = existing(theme, stances, drafter);
      outcomes.add(outcome);
      switch (outcome.action()) {
        case REDRAFTED -> out.append(block(outcome.theme()));
        case REMOVED -> {}
        default -> out.append(layout.blocks() == null ? block(theme) : layout.blocks().get(i));
      }
    }
    for (Stance stance : stances) {
      ThemeDrafter.Draft draft = present.contains(stance.id()) ? null : drafter.apply(stance);
      if (draft != null) {
        outcomes.add(new Outcome(stance.id(), Action.ADDED, draft.theme(), draft.reasons()));
        out.append(block(draft.theme()));
      }
    }
    PlannedWrites writes = new PlannedWrites();
    writes.add(file, out.toString().getBytes(StandardCharsets.UTF_8), "drafted themes");
    return new Plan(writes.list(), outcomes);
  }

  private static Outcome existing(
      Theme theme, List<Stance> stances, Function<Stance, ThemeDrafter.Draft> drafter) {
    if (!theme.drafted()) {
      return new Outcome(theme.stance(), Action.KEPT_WRITTEN, theme, List.of());
    }
    if (!DraftDigest.untouched(theme)) {
      return new Outcome(theme.stance(), Action.KEPT_EDITED, theme, List.of());
    }
    Stance stance =
        stances.stream().filter(s -> s.id().equals(theme.stance())).findFirst().orElse(null);
    ThemeDrafter.Draft fresh = stance == null ? null : drafter.apply(stance);
    if (fresh == null) {
      return new Outcome(theme.stance(), Action.REMOVED, null, List.of());
    }
    Action action = fresh.theme().equals(theme) ? Action.UNCHANGED : Action.REDRAFTED;
    return new Outcome(theme.stance(), action, fresh.theme(), fresh.reasons());
  }

  /** One theme as an item of the themes list. */
  private static String block(Theme theme) {
    String file = YamlRecordWriter.write(List.of(), new ThemesFile(List.of(theme)));
    return file.substring(file.indexOf('\n') + 1);
  }

  /**
   * The file cut into the text before its first theme (ending with the {@code themes:} line) and
   * each theme's own text, comments after it included; {@code blocks} is {@code null} when the
   * themes are not one block item per line range, and then themes are written anew.
   */
  private record Layout(String prefix, @Nullable List<String> blocks) {
    static Layout empty(@Nullable String before) {
      StringBuilder prefix = new StringBuilder();
      if (before == null) {
        HEADER.forEach(line -> prefix.append("# ").append(line).append('\n'));
      } else {
        prefix.append(before);
      }
      return new Layout(prefix.append("themes:\n").toString(), null);
    }

    static Layout of(String text, Node root, int themes) {
      List<String> lines = text.lines().map(l -> l + "\n").toList();
      Node.Entry entry =
          root instanceof Node.Mapping m
              ? m.entries().stream().filter(e -> e.key().equals("themes")).findFirst().orElse(null)
              : null;
      if (entry == null) {
        return empty(text.isEmpty() || text.endsWith("\n") ? text : text + "\n");
      }
      int keyLine = entry.keyLocation().line();
      List<Integer> starts = new ArrayList<>();
      if (entry.value() instanceof Node.Sequence sequence) {
        sequence.items().forEach(item -> starts.add(item.location().line()));
      }
      if (starts.isEmpty()) {
        // "themes: []" or an empty key: the text before the key stays, the key is written anew.
        return empty(String.join("", lines.subList(0, keyLine - 1)));
      }
      boolean ownLines = starts.size() == themes && starts.get(0) > keyLine;
      for (int i = 1; i < starts.size(); i++) {
        ownLines &= starts.get(i) > starts.get(i - 1);
      }
      if (!ownLines) {
        return new Layout(String.join("", lines.subList(0, keyLine - 1)) + "themes:\n", null);
      }
      List<String> blocks = new ArrayList<>();
      for (int i = 0; i < starts.size(); i++) {
        int end = i + 1 < starts.size() ? starts.get(i + 1) - 1 : lines.size();
        blocks.add(String.join("", lines.subList(starts.get(i) - 1, end)));
      }
      return new Layout(String.join("", lines.subList(0, starts.get(0) - 1)), blocks);
    }
  }
}
