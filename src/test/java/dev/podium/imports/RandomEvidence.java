package dev.podium.imports;

import dev.podium.model.DatePrecision;
import dev.podium.model.Evidence;
import dev.podium.model.ItemType;
import dev.podium.model.Side;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded random evidence records and text, for property tests. */
final class RandomEvidence {
  private static final String[] PIECES = {
    "a",
    "Z",
    "é",
    "中文",
    "😀",
    " ",
    "  ",
    "\t",
    "\n",
    "\"",
    "'",
    "\\",
    "#",
    ": ",
    "- ",
    "[x]",
    "{y}",
    "&a",
    "*b",
    "!",
    "%",
    "@",
    "`",
    "null",
    "true",
    "1.5",
    "2026-01-01",
    "~",
    "|",
    ">",
    "\u00a0",
    "word",
    "Sleeper Agents",
    "—",
    "\\emph{x}"
  };

  private final Random random;

  RandomEvidence(long seed) {
    this.random = new Random(seed);
  }

  Random random() {
    return random;
  }

  /**
   * Text of up to {@code max} pieces, from YAML's awkward characters and ordinary words; never
   * blank, since seed files may not hold blank text.
   */
  String text(int max) {
    String text = anyText(max);
    return text.isBlank() ? text + word() : text;
  }

  private String anyText(int max) {
    StringBuilder s = new StringBuilder();
    int n = random.nextInt(max + 1);
    for (int i = 0; i < n; i++) {
      s.append(random.nextInt(3) == 0 ? PIECES[random.nextInt(PIECES.length)] : word());
      if (random.nextBoolean()) {
        s.append(' ');
      }
    }
    return s.toString();
  }

  String word() {
    int n = 1 + random.nextInt(9);
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < n; i++) {
      w.append((char) ('a' + random.nextInt(26)));
    }
    return w.toString();
  }

  String id() {
    return word() + "-" + word();
  }

  List<String> texts(int maxItems, int maxPieces) {
    List<String> out = new ArrayList<>();
    int n = random.nextInt(maxItems + 1);
    for (int i = 0; i < n; i++) {
      out.add(text(maxPieces));
    }
    return out;
  }

  Evidence evidence() {
    return new Evidence(
        id(),
        text(12),
        texts(4, 3),
        random.nextBoolean(),
        LocalDate.of(1990 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28)),
        random.nextBoolean() ? null : text(2),
        random.nextBoolean() ? null : "https://example.org/" + word(),
        random.nextBoolean()
            ? List.of()
            : List.of(new Evidence.Link(text(3), "https://example.org/" + word())),
        text(200),
        random.nextBoolean() ? List.of() : List.of(id()),
        texts(2, 6),
        text(30),
        texts(3, 20),
        random.nextBoolean(),
        random.nextBoolean(),
        random.nextBoolean() ? null : random.nextInt(10000) / 10.0,
        texts(2, 2),
        random.nextBoolean() ? null : Side.values()[random.nextInt(3)],
        random.nextBoolean() ? null : text(8),
        random.nextBoolean() ? null : random.nextBoolean(),
        random.nextBoolean() ? null : DatePrecision.values()[random.nextInt(3)],
        random.nextBoolean() ? null : ItemType.values()[random.nextInt(ItemType.values().length)],
        random.nextBoolean() ? null : text(6),
        random.nextBoolean() ? null : "10.1000/" + word(),
        random.nextBoolean() ? null : "2401." + (10000 + random.nextInt(90000)),
        random.nextBoolean() ? null : text(1),
        random.nextBoolean() ? null : (1 + random.nextInt(99)) + "-" + (100 + random.nextInt(99)),
        random.nextBoolean() ? null : text(3));
  }
}
