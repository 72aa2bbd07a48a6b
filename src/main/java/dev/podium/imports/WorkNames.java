package dev.podium.imports;

import de.undercouch.citeproc.bibtex.NameParser;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import dev.podium.model.AuthorName;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts between the names records store and CSL's structured names. A record stores "Given von
 * Family", "von Family, Suffix, Given" (also with an empty suffix, for a family name of several
 * words) or "{Name}" for a name kept whole, such as an organisation; citeproc's BibTeX name parser
 * reads each of these back into the same parts.
 */
public final class WorkNames {
  private WorkNames() {}

  /** The stored form of a CSL name; {@code null} when the name has no text at all. */
  public static String stored(
      String given,
      String droppingParticle,
      String particle,
      String family,
      String suffix,
      String literal) {
    if (blank(family) && !blank(literal)) {
      return "{" + clean(literal) + "}";
    }
    if (blank(family)) {
      return blank(given) ? null : "{" + clean(given) + "}";
    }
    String last = join(join(clean(droppingParticle), clean(particle)), clean(family));
    if (blank(given) && blank(suffix) && !clean(family).contains(" ")) {
      return last;
    }
    if (!blank(suffix) || clean(family).contains(" ") || blank(given)) {
      return last + ", " + clean(suffix) + ", " + clean(given);
    }
    return clean(given) + " " + last;
  }

  /**
   * The CSL name of a stored name: a braced name is a literal, anything else is read by citeproc's
   * BibTeX name parser; a name the parser misreads is cut at its commas ("Family, Suffix, Given"),
   * else before its last word, so that a personal name stays a personal name.
   */
  public static CSLName csl(String stored) {
    String name = stored.strip().replaceAll("\\s+", " ");
    if (AuthorName.wholeBraced(name)) {
      return new CSLNameBuilder().literal(name.substring(1, name.length() - 1).strip()).build();
    }
    CSLName parsed = parsed(name);
    if (parsed != null) {
      return parsed;
    }
    String[] parts = name.split("\\s*,\\s*", -1);
    if (parts.length == 3) {
      return person(parts[2], parts[0], parts[1]);
    }
    if (parts.length == 2) {
      return person(parts[1], parts[0], null);
    }
    int cut = name.lastIndexOf(' ');
    return cut < 0
        ? person(null, name, null)
        : person(name.substring(0, cut), name.substring(cut + 1), null);
  }

  private static CSLName person(String given, String family, String suffix) {
    CSLNameBuilder b = new CSLNameBuilder().family(family);
    if (given != null && !given.isBlank()) {
      b.given(given);
    }
    if (suffix != null && !suffix.isBlank()) {
      b.suffix(suffix);
    }
    return b.build();
  }

  /**
   * One personal name as citeproc's BibTeX name parser reads it ("First von Last", "von Last, Jr,
   * First"), or {@code null} when the parser fails, finds no parts or drops some of the text (it
   * reads "O'Shea, Denny" as the family name "O").
   */
  public static CSLName parsed(String bibtexName) {
    try {
      CSLName[] names = NameParser.parse(bibtexName);
      if (names.length != 1 || names[0].getLiteral() != null) {
        return null;
      }
      CSLName n = names[0];
      String parts =
          String.join(
              " ",
              nonNull(n.getGiven()),
              nonNull(n.getDroppingParticle()),
              nonNull(n.getNonDroppingParticle()),
              nonNull(n.getFamily()),
              nonNull(n.getSuffix()));
      return letters(parts).equals(letters(bibtexName)) ? n : null;
    } catch (RuntimeException e) {
      // The parser rejects some text, such as unbalanced braces.
      return null;
    }
  }

  /** The letters and digits of a name, sorted, to tell whether a parse kept all of it. */
  private static String letters(String s) {
    return s.codePoints()
        .filter(Character::isLetterOrDigit)
        .sorted()
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  /**
   * The stored form of a CSL name, as {@link #stored(String, String, String, String, String,
   * String)}.
   */
  public static String stored(CSLName name) {
    return stored(
        name.getGiven(),
        name.getDroppingParticle(),
        name.getNonDroppingParticle(),
        name.getFamily(),
        name.getSuffix(),
        name.getLiteral());
  }

  /** Stored names of CSL names; "others" as a literal (as citeproc writes et al.) is left out. */
  public static List<String> stored(CSLName[] names) {
    List<String> out = new ArrayList<>();
    if (names != null) {
      for (CSLName name : names) {
        if (!isOthers(name)) {
          String s = stored(name);
          if (s != null) {
            out.add(s);
          }
        }
      }
    }
    return out;
  }

  /** Whether the name is the "others" that stands for further authors. */
  public static boolean isOthers(CSLName name) {
    return "others".equals(name.getLiteral()) && name.getFamily() == null;
  }

  private static String join(String a, String b) {
    return a.isEmpty() ? b : b.isEmpty() ? a : a + " " + b;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String clean(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s+", " ");
  }
}
