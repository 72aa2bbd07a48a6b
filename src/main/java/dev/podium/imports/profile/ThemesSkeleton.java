package dev.podium.imports.profile;

import dev.podium.imports.YamlRecordWriter;
import java.util.List;

/**
 * The themes.yaml a profile import starts a persona with: no themes yet (they are argued by hand
 * from the evidence), and the profile's core themes listed in the header as a starting point.
 */
final class ThemesSkeleton {
  private ThemesSkeleton() {}

  static String of(String personaId, List<String> coreThemes) {
    StringBuilder out = new StringBuilder();
    out.append("# yaml-language-server: $schema=../../schemas/themes.schema.json\n");
    out.append("# Themes for ")
        .append(personaId)
        .append(": one per stance, each a headline, arguments")
        .append(" resting on evidence ids, counters and questions (`podium schema themes`).\n");
    if (!coreThemes.isEmpty()) {
      out.append("# The profile names these core themes:\n");
      // A theme is one line of comment, so a line break inside one would end the comment early.
      coreThemes.forEach(
          t ->
              out.append("#   - ")
                  .append(YamlRecordWriter.comment(t).replaceAll("\\s+", " "))
                  .append('\n'));
    }
    out.append("themes: []\n");
    return out.toString();
  }
}
