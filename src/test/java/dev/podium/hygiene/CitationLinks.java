package dev.podium.hygiene;

import dev.podium.hygiene.BriefText.Block;
import dev.podium.hygiene.BriefText.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every numeric citation {@code [n]} leads to a reference entry {@code [n]}, and each reference
 * list is numbered 1..N without gaps, in order. A citation resolves in its own section (a panel's
 * speaker section) when that section has reference entries, else in the brief's reference sections:
 * those whose entries are all they cite.
 */
final class CitationLinks {
  static final String UNRESOLVED = "citation without a reference";
  static final String NUMBERING = "reference list not numbered 1..N";

  private static final Pattern ENTRY = Pattern.compile("^\\[(\\d+)]\\s");
  private static final Pattern CITATION =
      Pattern.compile("(?<![\\p{L}\\p{N}\\]])\\[(\\d+)](?!\\()");

  private CitationLinks() {}

  static List<Violation> unresolved(BriefText brief) {
    Map<Integer, Set<Integer>> entries = entriesBySection(brief);
    Set<Integer> citing = new HashSet<>();
    for (Block block : brief.blocks()) {
      if (block.kind() != Kind.REFERENCE && CITATION.matcher(block.text()).find()) {
        citing.add(block.section());
      }
    }
    Set<Integer> shared = new TreeSet<>();
    entries.forEach(
        (section, numbers) -> {
          if (!citing.contains(section)) {
            shared.addAll(numbers);
          }
        });
    List<Violation> found = new ArrayList<>();
    for (Block block : brief.blocks()) {
      if (block.kind() == Kind.REFERENCE) {
        continue;
      }
      Set<Integer> own = entries.get(block.section());
      Set<Integer> defined = own != null ? own : shared;
      Matcher m = CITATION.matcher(block.text());
      while (m.find()) {
        int n = Integer.parseInt(m.group(1));
        if (!defined.contains(n)) {
          found.add(
              new Violation(
                  brief.name(),
                  block.lineAt(m.start()),
                  UNRESOLVED,
                  "["
                      + n
                      + "] has no entry in "
                      + (own != null
                          ? "the reference list of section '"
                              + brief.sectionTitle(block.section())
                              + "'"
                          : defined.isEmpty()
                              ? "any reference list (there is none)"
                              : "the reference list")
                      + "; in: "
                      + Violation.excerpt(block.text(), m.start(), m.end())));
        }
      }
    }
    return found;
  }

  static List<Violation> numbering(BriefText brief) {
    Map<Integer, List<int[]>> bySection = new LinkedHashMap<>();
    for (Block block : brief.blocks()) {
      Matcher m = ENTRY.matcher(block.text());
      if (block.kind() == Kind.REFERENCE && m.find()) {
        bySection
            .computeIfAbsent(block.section(), s -> new ArrayList<>())
            .add(new int[] {Integer.parseInt(m.group(1)), block.lineAt(0)});
      }
    }
    List<Violation> found = new ArrayList<>();
    bySection.forEach(
        (section, list) -> {
          for (int i = 0; i < list.size(); i++) {
            int[] entry = list.get(i);
            if (entry[0] != i + 1) {
              found.add(
                  new Violation(
                      brief.name(),
                      entry[1],
                      NUMBERING,
                      "entry "
                          + (i + 1)
                          + " of the list in section '"
                          + brief.sectionTitle(section)
                          + "' is numbered ["
                          + entry[0]
                          + "], expected ["
                          + (i + 1)
                          + "]"));
              break;
            }
          }
        });
    return found;
  }

  private static Map<Integer, Set<Integer>> entriesBySection(BriefText brief) {
    Map<Integer, Set<Integer>> entries = new LinkedHashMap<>();
    for (Block block : brief.blocks()) {
      Matcher m = ENTRY.matcher(block.text());
      if (block.kind() == Kind.REFERENCE && m.find()) {
        entries
            .computeIfAbsent(block.section(), s -> new TreeSet<>())
            .add(Integer.parseInt(m.group(1)));
      }
    }
    return entries;
  }
}
