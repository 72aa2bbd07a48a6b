package dev.podium.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.podium.model.Motion;
import dev.podium.model.NonEmpty;
import dev.podium.model.Nullable;
import dev.podium.model.Persona;
import dev.podium.model.Taxonomy;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Writes a JSON Schema for each kind of seed file from the same records the loader binds, by the
 * same rules ({@link RecordBinder}, and the checker's id and {@link NonEmpty} rules), so editors
 * check a file the way {@code podium check} does. Rules a schema cannot state (known ids across
 * files, unique ids, verbatim quotes) are the checker's alone. Every field carries the description
 * in {@code schema-descriptions.properties}, which editors show on hover.
 */
public final class SchemaWriter {
  /** Seed file kinds and the record each is bound to. */
  public static final Map<String, Class<? extends Record>> KINDS = kinds();

  private static final String ID_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final Properties DESCRIPTIONS = descriptions();

  private SchemaWriter() {}

  private static Map<String, Class<? extends Record>> kinds() {
    Map<String, Class<? extends Record>> kinds = new LinkedHashMap<>();
    kinds.put("stances", Taxonomy.class);
    kinds.put("motion", Motion.class);
    kinds.put("persona", Persona.class);
    kinds.put("evidence", EvidenceFile.class);
    kinds.put("themes", ThemesFile.class);
    return kinds;
  }

  private static Properties descriptions() {
    Properties descriptions = new Properties();
    try (InputStream in =
        SchemaWriter.class.getResourceAsStream("schema-descriptions.properties")) {
      descriptions.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return descriptions;
  }

  /**
   * The key of a field's description: the record's name inside its package and the field's YAML
   * key, e.g. {@code Persona.Role.title}.
   */
  static String descriptionKey(Class<?> record, String key) {
    String name = record.getName().substring(record.getPackageName().length() + 1);
    return name.replace('$', '.') + "." + key;
  }

  /** The descriptions' keys, to tell which are no longer used. */
  static Set<String> descriptionKeys() {
    return DESCRIPTIONS.stringPropertyNames();
  }

  /** The schema for a kind of seed file, as indented JSON ending with a newline. */
  public static String schema(String kind) {
    Class<? extends Record> type = KINDS.get(kind);
    if (type == null) {
      throw new IllegalArgumentException("unknown seed file kind: " + kind);
    }
    ObjectNode root = object(type);
    ObjectNode schema = JSON.createObjectNode();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("title", "Podium " + kind + " seed file");
    schema.setAll(root);
    try {
      return JSON.writeValueAsString(schema) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode object(Class<?> type) {
    ObjectNode node = JSON.createObjectNode();
    node.put("type", "object");
    ObjectNode properties = node.putObject("properties");
    ArrayNode required = JSON.createArrayNode();
    for (RecordComponent component : type.getRecordComponents()) {
      String key = RecordBinder.keyOf(component);
      ObjectNode property = of(component.getGenericType());
      if (key.equals("id") && component.getType() == String.class) {
        property = id();
      }
      boolean nonEmpty = component.isAnnotationPresent(NonEmpty.class);
      if (nonEmpty) {
        property.put("minItems", 1);
      }
      boolean optional =
          !nonEmpty
              && (component.isAnnotationPresent(Nullable.class)
                  || component.getType() == List.class
                  || component.getType() == boolean.class);
      if (optional) {
        // The loader reads null as "left out" for these fields.
        ArrayNode either =
            JSON.createArrayNode().add(property).add(JSON.createObjectNode().put("type", "null"));
        property = JSON.createObjectNode().set("anyOf", either);
      } else {
        required.add(key);
      }
      String description = DESCRIPTIONS.getProperty(descriptionKey(type, key));
      if (description != null) {
        property.put("description", description);
      }
      properties.set(key, property);
    }
    if (!required.isEmpty()) {
      node.set("required", required);
    }
    node.put("additionalProperties", false);
    return node;
  }

  /**
   * An id by the checker's rule ({@link Ids}). A bare number is text to the loader, so a whole
   * number that spells a valid id is one; a negative one is not.
   */
  private static ObjectNode id() {
    ObjectNode id = JSON.createObjectNode();
    id.set("type", JSON.createArrayNode().add("string").add("integer"));
    return id.put("pattern", ID_PATTERN).put("maxLength", Ids.MAX_LENGTH).put("minimum", 0);
  }

  private static ObjectNode of(Type type) {
    if (type instanceof ParameterizedType generic && generic.getRawType() == List.class) {
      ObjectNode array = JSON.createObjectNode().put("type", "array");
      array.set("items", of(generic.getActualTypeArguments()[0]));
      return array;
    }
    Class<?> raw = (Class<?>) type;
    if (raw.isRecord()) {
      return object(raw);
    }
    if (raw == String.class) {
      // Numbers and booleans are accepted as text, as the loader does; blank text is not.
      ObjectNode text = JSON.createObjectNode();
      text.set("type", JSON.createArrayNode().add("string").add("number").add("boolean"));
      return text.put("pattern", "\\S");
    }
    if (raw == int.class || raw == Integer.class) {
      return JSON.createObjectNode().put("type", "integer");
    }
    if (raw == double.class || raw == Double.class) {
      return JSON.createObjectNode().put("type", "number");
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return JSON.createObjectNode().put("type", "boolean");
    }
    if (raw == LocalDate.class) {
      // The format says which days exist to validators that check formats; the pattern keeps
      // months and days in range for those that do not.
      return JSON.createObjectNode()
          .put("type", "string")
          .put("format", "date")
          .put("pattern", "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$");
    }
    if (raw.isEnum()) {
      ArrayNode values = JSON.createArrayNode();
      for (Object constant : raw.getEnumConstants()) {
        values.add(((Enum<?>) constant).name().toLowerCase(Locale.ROOT));
      }
      return (ObjectNode) JSON.createObjectNode().put("type", "string").set("enum", values);
    }
    throw new IllegalStateException("no schema for " + raw);
  }
}
