package dev.podium.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The schemas themselves: each parses as a JSON Schema, and every field carries a description for
 * editors to show. Whether they agree with the loader is SchemaAgreementTest's question.
 */
class SchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyKindHasASchemaThatParses() throws Exception {
    for (String kind : SchemaWriter.KINDS.keySet()) {
      JsonNode node = JSON.readTree(SchemaWriter.schema(kind));
      assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node))
          .isNotNull();
    }
  }

  @Test
  void everyPropertyOfEverySchemaHasADescription() throws Exception {
    List<String> properties = new ArrayList<>();
    List<String> undescribed = new ArrayList<>();
    for (String kind : SchemaWriter.KINDS.keySet()) {
      collect(JSON.readTree(SchemaWriter.schema(kind)), kind, properties, undescribed);
    }
    assertThat(properties).hasSizeGreaterThan(100);
    assertThat(undescribed).as("add them to schema-descriptions.properties").isEmpty();
  }

  @Test
  void everyDescriptionBelongsToAField() {
    TreeSet<String> used = new TreeSet<>();
    for (Class<? extends Record> type : SchemaWriter.KINDS.values()) {
      keys(type, used);
    }
    assertThat(SchemaWriter.descriptionKeys()).as("descriptions of no field").isSubsetOf(used);
  }

  @Test
  void theKeyOfADescriptionNamesTheNestedRecord() {
    assertThat(SchemaWriter.descriptionKeys()).contains("Persona.Role.title", "Evidence.et_al");
    assertThat(SchemaWriter.descriptionKey(dev.podium.model.Persona.Role.class, "title"))
        .isEqualTo("Persona.Role.title");
  }

  private static void keys(Class<?> type, TreeSet<String> into) {
    for (var component : type.getRecordComponents()) {
      into.add(SchemaWriter.descriptionKey(type, RecordBinder.keyOf(component)));
      Class<?> element = component.getType();
      if (component.getGenericType() instanceof java.lang.reflect.ParameterizedType generic) {
        element = (Class<?>) generic.getActualTypeArguments()[0];
      }
      if (element.isRecord()) {
        keys(element, into);
      }
    }
  }

  private static void collect(
      JsonNode node, String path, List<String> properties, List<String> undescribed) {
    if (node.has("properties")) {
      for (Map.Entry<String, JsonNode> field : node.get("properties").properties()) {
        String name = path + "." + field.getKey();
        properties.add(name);
        if (field.getValue().path("description").asText().isBlank()) {
          undescribed.add(name);
        }
        collect(field.getValue(), name, properties, undescribed);
      }
    }
    for (String key : List.of("items", "anyOf")) {
      if (node.get(key) != null && node.get(key).isArray()) {
        node.get(key).forEach(n -> collect(n, path, properties, undescribed));
      } else if (node.get(key) != null) {
        collect(node.get(key), path, properties, undescribed);
      }
    }
  }
}
