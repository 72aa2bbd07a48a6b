package dev.podium.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads one YAML file into a located {@link Node} tree. Problems become diagnostics: the reader
 * never throws for bad content. Aliases are refused because Jackson would not expand them.
 */
public final class YamlReader {
  /**
   * Seed files are hand-written or imported: this leaves room for about 20,000 imported records,
   * and a bigger file is a mistake that is refused at once rather than parsed.
   */
  public static final int MAX_BYTES = 16 * 1024 * 1024;

  private static final int MAX_DEPTH = 64;

  private final YAMLFactory factory;

  public YamlReader() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_BYTES);
    // The tree builder stops at MAX_DEPTH, where it can say the line; these limits are backstops.
    options.setNestingDepthLimit(MAX_DEPTH + 2);
    options.setAllowDuplicateKeys(true); // reported by this reader, with both places
    // YAML 1.2, as editors read it: yes, no, on and off are words; only true and false are
    // booleans, so `et_al: yes` is reported rather than read as true.
    factory =
        YAMLFactory.builder()
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
            .loaderOptions(options)
            .streamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 2).build())
            .build();
  }

  /** Reads the file; returns {@code null} and reports why when it holds no usable document. */
  public Node read(Path path, String displayName, Diagnostics diagnostics) {
    String text = text(path, displayName, diagnostics);
    return text == null ? null : parse(text, displayName, diagnostics);
  }

  /** The file's text; {@code null}, with the reason reported, when it cannot be read as UTF-8. */
  String text(Path path, String displayName, Diagnostics diagnostics) {
    byte[] bytes;
    try {
      if (!Files.isRegularFile(path)) {
        diagnostics.error(
            Location.startOf(displayName), "not a plain file; a seed file is plain YAML text");
        return null;
      }
      // Read no more than the limit, whatever the size said: a file may grow while it is read.
      try (InputStream in = Files.newInputStream(path)) {
        bytes = in.readNBytes(MAX_BYTES + 1);
      }
      if (bytes.length > MAX_BYTES) {
        diagnostics.error(
            Location.startOf(displayName),
            "file is larger than " + (MAX_BYTES >> 20) + " MiB; seed files are hand-written text");
        return null;
      }
    } catch (IOException e) {
      diagnostics.error(Location.startOf(displayName), "cannot read file: " + e.getMessage());
      return null;
    }
    return decode(bytes, displayName, diagnostics);
  }

  /** Parses YAML text; the display name is used in every location. */
  public Node parse(String text, String displayName, Diagnostics diagnostics) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      diagnostics.error(Location.startOf(displayName), "file is empty; expected a YAML mapping");
      return null;
    }
    try (YAMLParser parser = (YAMLParser) factory.createParser(text)) {
      TreeBuilder builder = new TreeBuilder(parser, displayName, diagnostics);
      if (parser.nextToken() == null) {
        diagnostics.error(Location.startOf(displayName), "file is empty; expected a YAML mapping");
        return null;
      }
      Node root = builder.value();
      if (root == null) {
        return null;
      }
      JsonToken next = parser.nextToken();
      if (next != null) {
        diagnostics.error(
            builder.here(), "a second YAML document starts here; put one document in each file");
      }
      return builder.failed ? null : root;
    } catch (TooDeep e) {
      diagnostics.error(
          e.at, "document is nested deeper than " + MAX_DEPTH + " levels; seed files need a few");
      return null;
    } catch (AliasFound e) {
      diagnostics.error(
          e.at,
          "YAML alias *"
              + e.name
              + " is not supported; write the value out in full instead of using & and *");
      return null;
    } catch (JsonProcessingException e) {
      diagnostics.error(locate(e, text, displayName), describe(e));
      return null;
    } catch (IOException e) {
      diagnostics.error(Location.startOf(displayName), "cannot read YAML: " + e.getMessage());
      return null;
    }
  }

  private static String decode(byte[] bytes, String displayName, Diagnostics diagnostics) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (MalformedInputException e) {
      diagnostics.error(
          byteLocation(bytes, firstBadByte(bytes), displayName),
          "invalid UTF-8; save the file as UTF-8");
      return null;
    } catch (CharacterCodingException e) {
      diagnostics.error(Location.startOf(displayName), "invalid UTF-8; save the file as UTF-8");
      return null;
    }
  }

  private static int firstBadByte(byte[] bytes) {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    var out = java.nio.CharBuffer.allocate(bytes.length + 1);
    var result = decoder.decode(in, out, true);
    return result.isError() ? in.position() : bytes.length;
  }

  private static Location byteLocation(byte[] bytes, int offset, String displayName) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
        column = 1;
      } else if ((bytes[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return new Location(displayName, line, column);
  }

  private static Location locate(JsonProcessingException e, String text, String displayName) {
    if (e.getCause() instanceof ReaderException unreadable) {
      return offsetLocation(text, unreadable.getPosition(), displayName);
    }
    if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
      Mark mark = marked.getProblemMark();
      return new Location(displayName, mark.getLine() + 1, mark.getColumn() + 1);
    }
    JsonLocation at = e.getLocation();
    if (at == null || at.getLineNr() < 1) {
      return Location.startOf(displayName);
    }
    return new Location(displayName, at.getLineNr(), Math.max(1, at.getColumnNr()));
  }

  /** Where the code point at {@code position} (counted in code points) stands in the text. */
  private static Location offsetLocation(String text, int position, String displayName) {
    int line = 1;
    int column = 1;
    int index = 0;
    for (int i = 0; i < position && index < text.length(); i++) {
      int c = text.codePointAt(index);
      index += Character.charCount(c);
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new Location(displayName, line, column);
  }

  private static String describe(JsonProcessingException e) {
    if (e.getCause() instanceof ReaderException unreadable) {
      return String.format(
          "character U+%04X is not allowed in YAML; remove it", unreadable.getCodePoint());
    }
    String problem =
        e.getCause() instanceof MarkedYAMLException marked && marked.getProblem() != null
            ? marked.getProblem()
            : e.getOriginalMessage();
    problem = problem.lines().findFirst().orElse("").strip();
    if (problem.contains("'\\t'") || problem.contains("\\t(TAB)")) {
      return "tab character in YAML; indent with spaces";
    }
    if (problem.contains("code point limit") || problem.contains("exceeds the limit")) {
      return "document is too large; seed files are limited to " + (MAX_BYTES >> 20) + " MiB";
    }
    return "malformed YAML: " + problem;
  }

  /** A collection opened deeper than {@link #MAX_DEPTH}: reading stops there. */
  private static final class TooDeep extends RuntimeException {
    private final Location at;

    TooDeep(Location at) {
      super(null, null, false, false);
      this.at = at;
    }
  }

  /** The first alias in a document: reading stops there. */
  private static final class AliasFound extends RuntimeException {
    private final Location at;
    private final String name;

    AliasFound(Location at, String name) {
      super(null, null, false, false);
      this.at = at;
      this.name = name;
    }
  }

  /** Turns the parser's token stream into nodes, reporting structure problems as it goes. */
  private static final class TreeBuilder {
    private final YAMLParser parser;
    private final String file;
    private final Diagnostics diagnostics;
    private boolean failed;
    private int depth;

    TreeBuilder(YAMLParser parser, String file, Diagnostics diagnostics) {
      this.parser = parser;
      this.file = file;
      this.diagnostics = diagnostics;
    }

    Location here() {
      JsonLocation at = parser.currentTokenLocation();
      return new Location(file, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
    }

    /** Builds the value at the current token; the parser is left on its last token. */
    Node value() throws IOException {
      Location at = here();
      if (parser.isCurrentAlias()) {
        // One message is enough, and stopping here also defuses alias bombs.
        throw new AliasFound(at, parser.getText());
      }
      JsonToken token = parser.currentToken();
      if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)
          && depth >= MAX_DEPTH) {
        throw new TooDeep(at);
      }
      return switch (token) {
        case START_OBJECT -> nested(() -> mapping(at));
        case START_ARRAY -> nested(() -> sequence(at));
        case VALUE_STRING -> new Node.Scalar(parser.getText(), Node.Scalar.Kind.STRING, at);
        case VALUE_NUMBER_INT -> new Node.Scalar(parser.getText(), Node.Scalar.Kind.INTEGER, at);
        case VALUE_NUMBER_FLOAT -> new Node.Scalar(parser.getText(), Node.Scalar.Kind.FLOAT, at);
        case VALUE_TRUE, VALUE_FALSE ->
            new Node.Scalar(parser.getText(), Node.Scalar.Kind.BOOLEAN, at);
        case VALUE_NULL -> new Node.Scalar("", Node.Scalar.Kind.NULL, at);
        default -> {
          diagnostics.error(at, "unexpected YAML content (" + token + ")");
          failed = true;
          yield null;
        }
      };
    }

    private Node nested(Reading reading) throws IOException {
      depth++;
      try {
        return reading.read();
      } finally {
        depth--;
      }
    }

    private interface Reading {
      Node read() throws IOException;
    }

    private Node mapping(Location at) throws IOException {
      List<Node.Entry> entries = new ArrayList<>();
      Map<String, Location> seen = new HashMap<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        Location keyAt = here();
        if (parser.isCurrentAlias()) {
          throw new AliasFound(keyAt, key);
        }
        parser.nextToken();
        Node value = value();
        Location first = seen.putIfAbsent(key, keyAt);
        if (first != null) {
          diagnostics.error(
              keyAt,
              "duplicate key '" + key + "' (first at line " + first.line() + "); keep only one");
        } else if (value != null) {
          entries.add(new Node.Entry(key, keyAt, value));
        }
      }
      return new Node.Mapping(entries, at);
    }

    private Node sequence(Location at) throws IOException {
      List<Node> items = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        Node item = value();
        if (item != null) {
          items.add(item);
        }
      }
      return new Node.Sequence(items, at);
    }
  }
}
