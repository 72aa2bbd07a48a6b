package dev.podium.imports;

import dev.podium.model.DatePrecision;
import dev.podium.model.Evidence;
import dev.podium.model.ItemType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random evidence records whose bibliographic fields are in the form an import writes them,
 * for round-trip tests of the interchange formats: text single-spaced and trimmed; a link whenever
 * a DOI or arXiv id gives one; a record only on arXiv (an arXiv id and no venue) a preprint; a date
 * with placeholders (the first) where its precision ends. Names come in every form records store:
 * "Given Family", with particles, "Family, Suffix, Given", "Family Name, , Given",
 * "{Organisation}", in Latin, accented and non-Latin letters. Text holds LaTeX's, JSON's and RIS's
 * special characters; ASCII ' and ` only when asked, since LaTeX reads them as quotation marks (’
 * and ‘).
 */
final class RandomWorks {
  private static final String[] GIVEN = {
    "Anna",
    "José",
    "Zoë",
    "Björn",
    "Łukasz",
    "Ngozi",
    "Anna-Lena",
    "Jean Paul",
    "中村",
    "Алексей",
    "Mary Ann",
    "Søren",
    "Fazl"
  };
  private static final String[] FAMILY = {
    "Smith", "Müller", "Barez", "Nguyễn", "O’Neil", "太郎", "Иванов", "Černý", "Dvořák", "Ōe", "Kim"
  };
  private static final String[] PARTICLES = {"van", "van der", "de", "de la", "von"};
  private static final String[] SUFFIXES = {"Jr.", "Jr", "III", "Sr."};
  private static final String[] ORGANISATIONS = {
    "OpenAI",
    "Barnes and Noble",
    "World Health Organization",
    "Future of Life Institute",
    "UK AI Safety Institute",
    "国立情報学研究所"
  };

  /** Characters that LaTeX, JSON, RIS or YAML treat specially, and text beyond ASCII. */
  private static final String[] PIECES = {
    "{",
    "}",
    "{x}",
    "%",
    "&",
    "$",
    "$x$",
    "#",
    "_",
    "^",
    "~",
    "\\",
    "\\emph{x}",
    "--",
    "---",
    "\"",
    "“quoted”",
    "’",
    "é",
    "ü",
    "ñ",
    "中文",
    "😀",
    "@",
    "<i>",
    "<",
    ">",
    "[1]",
    ":",
    "—",
    "10%",
    "C++",
    "a/b",
    "Ångström",
    "naïve"
  };

  private static final String[] WORDS = {
    "deception",
    "language",
    "models",
    "safety",
    "training",
    "unlearning",
    "governance",
    "agents",
    "evaluation",
    "interpretability",
    "risk",
    "frontier",
    "sleeper",
    "persist",
    "alignment"
  };

  /** ASCII quotes, which LaTeX reads as typographic ones, for the formats that keep them. */
  private static final String[] ASCII_QUOTES = {"'", "`", "don't", "O'Shea", "``q''"};

  private final Random random;
  private final boolean asciiQuotes;

  RandomWorks(long seed) {
    this(seed, false);
  }

  /**
   * @param asciiQuotes whether text and names may hold ASCII ' and ` (not for BibTeX)
   */
  RandomWorks(long seed, boolean asciiQuotes) {
    this.random = new Random(seed);
    this.asciiQuotes = asciiQuotes;
  }

  /** Text of one to {@code max} words and special pieces, single-spaced. */
  String text(int max) {
    List<String> parts = new ArrayList<>();
    int n = 1 + random.nextInt(max);
    for (int i = 0; i < n; i++) {
      int kind = random.nextInt(asciiQuotes ? 4 : 3);
      parts.add(kind == 3 ? pick(ASCII_QUOTES) : kind == 0 ? pick(PIECES) : pick(WORDS));
    }
    // Joined with single spaces, and with no space at all now and then, so that pieces touch.
    StringBuilder s = new StringBuilder(parts.get(0));
    for (int i = 1; i < parts.size(); i++) {
      s.append(random.nextInt(4) == 0 ? "" : " ").append(parts.get(i));
    }
    return s.toString();
  }

  String name() {
    return switch (random.nextInt(7)) {
      case 0 -> pick(GIVEN) + " " + pick(PARTICLES) + " " + pick(FAMILY);
      case 1 -> pick(FAMILY) + ", " + pick(SUFFIXES) + ", " + pick(GIVEN);
      case 2 -> pick(PARTICLES) + " " + pick(FAMILY) + ", " + pick(SUFFIXES) + ", " + pick(GIVEN);
      case 3 -> pick(FAMILY) + " " + pick(FAMILY) + ", , " + pick(GIVEN);
      case 4 -> "{" + pick(ORGANISATIONS) + "}";
      case 5 -> asciiQuotes ? pick(GIVEN) + " O'" + pick(FAMILY) : pick(GIVEN) + " " + pick(FAMILY);
      default -> pick(GIVEN) + " " + pick(FAMILY);
    };
  }

  Evidence evidence(String id) {
    DatePrecision precision =
        random.nextInt(3) == 0 ? null : DatePrecision.values()[random.nextInt(2)];
    int year = 1950 + random.nextInt(80);
    int month = precision == DatePrecision.YEAR ? 1 : 1 + random.nextInt(12);
    int day = precision == null ? 1 + random.nextInt(28) : 1;
    String container = random.nextBoolean() ? null : text(5);
    String doi =
        random.nextBoolean()
            ? null
            : "10." + (1000 + random.nextInt(9000)) + "/" + pick(WORDS) + "." + random.nextInt(999);
    String arxiv =
        random.nextInt(3) > 0
            ? null
            : (2000 + random.nextInt(600)) + "." + (10000 + random.nextInt(90000));
    ItemType type =
        random.nextInt(5) == 0 ? null : ItemType.values()[random.nextInt(ItemType.values().length)];
    if (arxiv != null && container == null) {
      type = ItemType.PREPRINT;
    }
    String url =
        random.nextBoolean()
            ? "https://example.org/" + pick(WORDS) + "/" + random.nextInt(1000)
            : null;
    if (url == null && doi != null) {
      url = "https://doi.org/" + doi;
    } else if (url == null && arxiv != null) {
      url = "https://arxiv.org/abs/" + arxiv;
    }
    List<String> authors = new ArrayList<>();
    int n = 1 + random.nextInt(4);
    for (int i = 0; i < n; i++) {
      authors.add(name());
    }
    return new Evidence(
        id,
        text(12),
        authors,
        random.nextBoolean(),
        LocalDate.of(year, month, day),
        null,
        url,
        List.of(),
        text(40),
        List.of(),
        List.of(),
        null,
        List.of(),
        false,
        false,
        null,
        List.of(),
        null,
        null,
        null,
        precision,
        type,
        container,
        doi,
        arxiv,
        random.nextBoolean() ? null : String.valueOf(1 + random.nextInt(60)),
        random.nextBoolean() ? null : pages(),
        random.nextBoolean() ? null : text(4));
  }

  private String pages() {
    int start = 1 + random.nextInt(500);
    return switch (random.nextInt(3)) {
      case 0 -> start + "-" + (start + random.nextInt(30));
      case 1 -> "e" + start;
      default -> String.valueOf(start);
    };
  }

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }
}
