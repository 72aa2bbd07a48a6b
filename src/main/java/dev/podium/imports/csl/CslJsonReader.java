package dev.podium.imports.csl;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import de.undercouch.citeproc.csl.CSLItemData;
import dev.podium.imports.Work;
import dev.podium.load.Diagnostics;
import dev.podium.load.Location;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a CSL-JSON file (an array of items, as Zotero, pandoc and citeproc write it): Jackson reads
 * the JSON strictly and says where each item starts, citeproc-java's {@link CSLItemData#fromJson}
 * reads each item, and {@link CslWorks} turns it into a work. Malformed JSON is one located error
 * and no works; an item citeproc cannot read is a located error too.
 */
public final class CslJsonReader {
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .build();

  private CslJsonReader() {}

  /** The works in file order, or {@code null} after reporting why the file cannot be read. */
  public static List<Work> read(String text, String name, Diagnostics diagnostics) {
    List<Work> works = new ArrayList<>();
    boolean bad = false;
    try (JsonParser parser = JSON.createParser(text)) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        diagnostics.error(
            at(name, parser.currentTokenLocation()),
            "expected a CSL-JSON array of items, '[' first; export CSL JSON from Zotero or pandoc");
        return null;
      }
      while (parser.nextToken() == JsonToken.START_OBJECT) {
        Location at = at(name, parser.currentTokenLocation());
        Map<String, Object> item =
            JSON.readValue(
                parser,
                JSON.getTypeFactory().constructMapType(Map.class, String.class, Object.class));
        try {
          works.add(CslWorks.of(CSLItemData.fromJson(item), at));
        } catch (RuntimeException e) {
          diagnostics.error(
              at,
              "item is not CSL-JSON citeproc can read ("
                  + reason(e)
                  + "); check its names, dates and types against the CSL-JSON schema");
          bad = true;
        }
      }
      if (parser.currentToken() != JsonToken.END_ARRAY) {
        diagnostics.error(
            at(name, parser.currentTokenLocation()),
            "expected an item, '{', or the end of the array, ']'");
        return null;
      }
      if (parser.nextToken() != null) {
        diagnostics.error(
            at(name, parser.currentTokenLocation()),
            "text after the array of items; a CSL-JSON file holds one array");
        return null;
      }
    } catch (JsonProcessingException e) {
      diagnostics.error(
          at(name, e.getLocation()),
          "malformed JSON: "
              + e.getOriginalMessage().lines().findFirst().orElse("")
              + "; check the quotes, commas and brackets there");
      return null;
    } catch (IOException e) {
      diagnostics.error(Location.startOf(name), "cannot read the file: " + e.getMessage());
      return null;
    }
    if (works.isEmpty() && !bad) {
      diagnostics.error(
          Location.startOf(name),
          "no CSL-JSON items found; expected [{\"type\": …, \"title\": …}, …]");
    }
    return bad || works.isEmpty() ? null : works;
  }

  private static String reason(RuntimeException e) {
    if (e instanceof ClassCastException) {
      return "a field holds the wrong kind of value, such as text where a list of names belongs";
    }
    if (e instanceof NumberFormatException) {
      return "a date part is not a number";
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    // citeproc quotes field names `like this'.
    return message.lines().findFirst().orElse("").strip().replace('`', '\'');
  }

  private static Location at(String name, JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return Location.startOf(name);
    }
    return new Location(name, location.getLineNr(), Math.max(1, location.getColumnNr()));
  }
}
