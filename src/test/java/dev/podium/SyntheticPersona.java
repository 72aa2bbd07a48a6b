package dev.podium;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a made-up persona with any number of evidence records into a seeds folder, from a seed, so
 * benchmarks and scale tests see the same data on every run. It uses the bundled taxonomy and
 * motion, which must already be in the folder.
 */
public final class SyntheticPersona {
  private static final String[] STANCES = {"deception", "unlearning-limits", "governance"};
  private static final String[] WORDS = {
    "models", "safety", "training", "deceptive", "backdoor", "policy", "audit", "unlearning",
    "evaluation", "monitoring", "agents", "oversight", "robust", "hidden", "behaviour", "risk",
    "standards", "removal", "concepts", "language", "interpretability", "benchmark", "trust"
  };
  private static final String[] NAMES = {
    "Ada Quinn",
    "Björn Ek",
    "Chen Wei",
    "Dara O'Neil",
    "Émile Roux",
    "Farah Haddad",
    "Goro Sato",
    "Hana Novák",
    "Ivan Petrov",
    "Jo Park"
  };

  private SyntheticPersona() {}

  /** Writes {@code seeds/personas/ID/} with {@code count} records; returns the persona folder. */
  public static Path write(Path seeds, String id, int count, long seed) throws IOException {
    return write(seeds, id, count, seed, LocalDate.of(2018, 1, 1), 3000);
  }

  /** As above, with records dated over the {@code days} days from {@code first}. */
  public static Path write(Path seeds, String id, int count, long seed, LocalDate first, int days)
      throws IOException {
    Random random = new Random(seed);
    Path dir = Files.createDirectories(seeds.resolve("personas").resolve(id));
    Files.writeString(
        dir.resolve("persona.yaml"),
        "id: "
            + id
            + "\nname: Sam Synthetic\npronouns: {subject: they, object: them, possessive: their}\n"
            + "author_names: [Sam Synthetic]\nbio:\n  - A made-up speaker for benchmarks.\n");
    StringBuilder evidence = new StringBuilder("evidence:\n");
    List<List<String>> byStance = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (int i = 0; i < count; i++) {
      String recordId = "paper-" + i;
      String finding = "We find that " + phrase(random, 8) + ".";
      String abstractText =
          capital(phrase(random, 12)) + ". " + finding + " " + capital(phrase(random, 10)) + ".";
      int stance = random.nextInt(4);
      LocalDate date = first.plusDays(random.nextInt(days));
      evidence
          .append("  - id: ")
          .append(recordId)
          .append('\n')
          .append("    title: \"")
          .append(capital(phrase(random, 6)))
          .append("\"\n")
          .append("    authors: [\"")
          .append(NAMES[random.nextInt(NAMES.length)])
          .append("\", \"")
          .append(random.nextInt(3) == 0 ? "Sam Synthetic" : NAMES[random.nextInt(NAMES.length)])
          .append("\"]\n")
          .append("    et_al: ")
          .append(random.nextBoolean())
          .append('\n')
          .append("    date: \"")
          .append(date)
          .append("\"\n")
          .append("    category: LG\n")
          .append(random.nextBoolean() ? "    url: \"https://example.org/" + recordId + "\"\n" : "")
          .append("    abstract: \"")
          .append(abstractText)
          .append("\"\n")
          .append(stance < 3 ? "    stances: [" + STANCES[stance] + "]\n" : "")
          .append("    finding: \"")
          .append(finding)
          .append("\"\n")
          .append("    quotes: [\"")
          .append(finding, 0, finding.length() - 1)
          .append("\"]\n");
      if (stance < 3) {
        byStance.get(stance).add(recordId);
      }
    }
    Files.writeString(dir.resolve("evidence.yaml"), evidence.toString());
    StringBuilder themes = new StringBuilder("themes:\n");
    for (int s = 0; s < STANCES.length; s++) {
      List<String> ids = byStance.get(s);
      if (ids.isEmpty()) {
        continue;
      }
      themes
          .append("  - stance: ")
          .append(STANCES[s])
          .append("\n    headline: \"")
          .append(capital(phrase(random, 5)))
          .append("\"\n    arguments:\n");
      for (int a = 0; a < Math.min(4, ids.size()); a++) {
        themes
            .append("      - claim: \"")
            .append(capital(phrase(random, 9)))
            .append(".\"\n")
            .append("        evidence: [")
            .append(ids.get(a))
            .append("]\n");
      }
      themes
          .append("    counters:\n      - objection: \"")
          .append(capital(phrase(random, 7)))
          .append(".\"\n        response: \"")
          .append(capital(phrase(random, 9)))
          .append(".\"\n        evidence: [")
          .append(ids.get(ids.size() - 1))
          .append("]\n")
          .append("    questions:\n      - \"")
          .append(capital(phrase(random, 8)))
          .append("?\"\n");
    }
    Files.writeString(dir.resolve("themes.yaml"), themes.toString());
    return dir;
  }

  private static String phrase(Random random, int words) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words; i++) {
      out.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    return out.toString();
  }

  private static String capital(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
