package dev.podium.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.podium.model.Motion;
import dev.podium.model.Nullable;
import dev.podium.model.Persona;
import dev.podium.model.Taxonomy;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a JSON Schema for each kind of seed file from the same records the loader binds, by the
 * same rules ({@link RecordBinder}), so editors check a file the way {@code podium check} does.
 * Cross-file rules (known ids, verbatim quotes) are the loader's alone.
 */
public final class SchemaWriter {
  /** Seed file kinds and the record each is bound to. */
  public static final Map<String, Class<? extends Record>> KINDS = kinds();

  private static final String ID_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

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
        property = JSON.createObjectNode().put("pattern", ID_PATTERN);
        property.set("type", JSON.createArrayNode().add("string").add("integer"));
      }
      boolean optional =
          component.isAnnotationPresent(Nullable.class)
              || component.getType() == List.class
              || component.getType() == boolean.class;
      if (optional) {
        // The loader reads null as "left out" for these fields.
        ArrayNode either = JSON.createArrayNode().add(property).add(JSON.createObjectNode().put("type", "null"));
        properties.set(key, JSON.createObjectNode().set("anyOf", either));
      } else {
        properties.set(key, property);
        required.add(key);
      }
    }
    if (!required.isEmpty()) {
      node.set("required", required);
    }
    node.put("additionalProperties", false);
    return node;
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
      return JSON.createObjectNode().put("type", "string").put("format", "date").put("pattern", "^\\d{4}-\\d{2}-\\d{2}$");
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
