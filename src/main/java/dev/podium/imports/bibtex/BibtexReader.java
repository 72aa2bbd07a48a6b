package dev.podium.imports.bibtex;

import dev.podium.load.Diagnostics;
import dev.podium.load.Location;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.ObjectResolutionException;
import org.jbibtex.ParseException;
import org.jbibtex.Token;
import org.jbibtex.TokenMgrException;

/**
 * Reads a .bib file with jbibtex into entries with their positions. A file that does not parse, an
 * undefined {@code @string} or cross-reference, or a file without entries is reported where the
 * problem is, and no entries are returned.
 */
final class BibtexReader {
  private static final Pattern LEXICAL = Pattern.compile("line (\\d+), column (\\d+)");

  /** An entry's head, "@type{key,", which jbibtex reads but does not locate. */
  private static final Pattern HEAD =
      Pattern.compile("@\\s*([A-Za-z]+)\\s*[{(]\\s*([^,\\s{}()]+)\\s*,");

  /** Where a name ends in a field: at white space, a comma, a brace, a quote or '#'. */
  private static final String END = "(?=[\\s,{}()\"#]|$)";

  private static final Set<String> NOT_ENTRIES = Set.of("string", "preamble", "comment", "include");

  private BibtexReader() {}

  /** The entries in file order, or {@code null} after reporting why the file cannot be read. */
  static List<BibEntry> read(String text, String name, Diagnostics diagnostics) {
    if (!BibtexBounds.nestsShallowly(text, name, diagnostics)) {
      return null;
    }
    BibTeXDatabase database;
    try {
      database = new BibTeXParser().parse(new StringReader(text));
    } catch (ParseException e) {
      parseError(e, text, name, diagnostics);
      return null;
    } catch (TokenMgrException e) {
      Matcher m = LEXICAL.matcher(String.valueOf(e.getMessage()));
      Location at =
          m.find()
              ? new Location(name, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
              : Location.startOf(name);
      diagnostics.error(
          at,
          "malformed BibTeX: a character that cannot start a token here; put text inside a field's"
              + " braces or quotes");
      return null;
    } catch (ObjectResolutionException e) {
      unresolved(e.getMessage(), text, name, diagnostics);
      return null;
    }
    if (database.getEntries().isEmpty()) {
      diagnostics.error(
          Location.startOf(name),
          "no BibTeX entries found; expected entries such as @article{key, title = {…}, …}");
      return null;
    }
    Map<String, Location> heads = heads(text, name, diagnostics);
    List<BibEntry> entries = new ArrayList<>();
    for (BibTeXEntry entry : database.getEntries().values()) {
      String key = entry.getKey().getValue();
      Location at = heads.getOrDefault(key.toLowerCase(Locale.ROOT), Location.startOf(name));
      if (!BibtexBounds.fieldsStayShort(entry, at, diagnostics)) {
        return null;
      }
      String type = entry.getType().getValue().toLowerCase(Locale.ROOT);
      entries.add(new BibEntry(key, type, at.line(), at.column(), fields(entry)));
    }
    return entries;
  }

  private static void parseError(
      ParseException e, String text, String name, Diagnostics diagnostics) {
    Token at = e.currentToken == null ? null : e.currentToken.next;
    Location location =
        at == null
            ? Location.startOf(name)
            : new Location(name, Math.max(1, at.beginLine), Math.max(1, at.beginColumn));
    if (at == null || at.kind == 0) {
      unclosed(text, name, location, diagnostics);
    } else {
      diagnostics.error(
          location,
          "malformed BibTeX: found '"
              + shortened(at.image)
              + "'"
              + expected(e)
              + "; is a comma or a brace missing before it?");
    }
  }

  /**
   * The file ended inside an entry: reported at the last entry's head, which is what needs closing.
   */
  private static void unclosed(String text, String name, Location end, Diagnostics diagnostics) {
    Matcher m = HEAD.matcher(text);
    Location head = null;
    String key = null;
    while (m.find()) {
      head = locate(text, m.start(), name);
      key = m.group(2);
    }
    if (head == null) {
      diagnostics.error(
          end, "malformed BibTeX: the file ends inside an entry; close each entry with '}'");
    } else {
      diagnostics.error(
          head,
          "malformed BibTeX: the file ends inside entry '"
              + key
              + "'; check that its braces"
              + " and quotes are balanced and that it ends with '}'");
    }
  }

  private static String shortened(String image) {
    return image.length() <= 40 ? image : image.substring(0, 40) + "…";
  }

  /** " where ',' or '}' should be", from the token kinds jbibtex could have read there. */
  private static String expected(ParseException e) {
    if (e.expectedTokenSequences == null || e.tokenImage == null) {
      return "";
    }
    Set<String> images = new LinkedHashSet<>();
    for (int[] sequence : e.expectedTokenSequences) {
      if (sequence.length > 0 && sequence[0] < e.tokenImage.length) {
        String image = e.tokenImage[sequence[0]];
        images.add(
            image.startsWith("\"")
                ? "'" + image.substring(1, image.length() - 1) + "'"
                : image.equals("<EOF>") ? "the end of the file" : "a name");
      }
    }
    if (images.isEmpty()) {
      return "";
    }
    List<String> list = List.copyOf(images);
    String last = list.get(list.size() - 1);
    String either =
        list.size() == 1
            ? last
            : String.join(", ", list.subList(0, list.size() - 1)) + " or " + last;
    return " where " + either + " should be";
  }

  /** Reports an undefined @string or cross-reference where it is used. */
  private static void unresolved(
      String reference, String text, String name, Diagnostics diagnostics) {
    Matcher crossref =
        Pattern.compile("(?i)crossref\\s*=\\s*[{\"]?\\s*(" + Pattern.quote(reference) + ")" + END)
            .matcher(text);
    if (crossref.find()) {
      diagnostics.error(
          locate(text, crossref.start(1), name),
          "cross-reference to '"
              + reference
              + "', which is not an entry in this file; add that entry or remove the crossref");
      return;
    }
    Matcher use =
        Pattern.compile("(?i)[=#]\\s*(" + Pattern.quote(reference) + ")" + END).matcher(text);
    Location at = use.find() ? locate(text, use.start(1), name) : Location.startOf(name);
    diagnostics.error(
        at,
        "undefined string '"
            + reference
            + "'; define it with @string{"
            + reference
            + " = {…}} or put the value in braces");
  }

  /**
   * Where each entry key's head is, by lower-case key; a repeated key is reported (jbibtex keeps
   * the first).
   */
  private static Map<String, Location> heads(String text, String name, Diagnostics diagnostics) {
    Map<String, Location> heads = new HashMap<>();
    Matcher m = HEAD.matcher(text);
    while (m.find()) {
      if (NOT_ENTRIES.contains(m.group(1).toLowerCase(Locale.ROOT))) {
        continue;
      }
      Location at = locate(text, m.start(), name);
      Location first = heads.putIfAbsent(m.group(2).toLowerCase(Locale.ROOT), at);
      if (first != null) {
        diagnostics.warning(
            at,
            "entry key '"
                + m.group(2)
                + "' was used before, at line "
                + first.line()
                + "; only that first entry is imported, so give this one its own key");
      }
    }
    return heads;
  }

  /** The entry's fields, with those it lacks filled in from the entries it cross-references. */
  private static Map<String, String> fields(BibTeXEntry entry) {
    Map<String, String> fields = new LinkedHashMap<>();
    Set<BibTeXEntry> seen = new HashSet<>();
    for (BibTeXEntry e = entry; e != null && seen.add(e); e = e.getCrossReference()) {
      e.getFields()
          .forEach(
              (k, v) ->
                  fields.putIfAbsent(k.getValue().toLowerCase(Locale.ROOT), v.toUserString()));
    }
    return fields;
  }

  private static Location locate(String text, int offset, String name) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Location(name, line, offset - lineStart + 1);
  }
}
