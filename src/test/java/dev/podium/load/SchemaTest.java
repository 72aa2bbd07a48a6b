package dev.podium.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON Schemas and the loader agree: on every bundled seed file and on the bad corpus. */
class SchemaTest {
  private static final YAMLMapper YAML = new YAMLMapper();

  private static JsonSchema schema(String kind) throws Exception {
    JsonNode node = new ObjectMapper().readTree(SchemaWriter.schema(kind));
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
  }

  private static String kindOf(Path file) {
    String name = file.getFileName().toString();
    if (name.equals("stances.yaml")) {
      return "stances";
    }
    if (file.getParent().getFileName().toString().equals("motions")) {
      return "motion";
    }
    return name.substring(0, name.length() - ".yaml".length());
  }

  static Stream<Path> seedFiles() throws Exception {
    return Stream.of(Path.of("seeds"), Path.of("src/test/resources/bad/_base/seeds"), Path.of("src/test/resources/fixtures/second-speaker/seeds"))
        .flatMap(
            root -> {
              try {
                return Files.walk(root).filter(p -> p.toString().endsWith(".yaml")).toList().stream();
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
  }

  @ParameterizedTest
  @MethodSource("seedFiles")
  void everyGoodSeedFileIsValidAgainstItsSchema(Path file) throws Exception {
    assertThat(schema(kindOf(file)).validate(YAML.readTree(file.toFile()))).isEmpty();
  }

  /** Bad-corpus cases whose problem is the shape of one file, which a schema can see. */
  static Stream<Arguments> shapeProblems() {
    return Stream.of(
        Arguments.of("14-list-at-top", "personas/p/persona.yaml"),
        Arguments.of("15-scalar-at-top", "stances.yaml"),
        Arguments.of("16-missing-required-field", "personas/p/persona.yaml"),
        Arguments.of("17-wrong-type", "personas/p/evidence.yaml"),
        Arguments.of("18-unknown-field", "personas/p/evidence.yaml"),
        Arguments.of("19-bad-date", "personas/p/evidence.yaml"),
        Arguments.of("20-bad-side", "motions/m.yaml"),
        Arguments.of("21-number-for-list", "personas/p/evidence.yaml"),
        Arguments.of("22-empty-list-item", "personas/p/themes.yaml"),
        Arguments.of("23-text-for-mapping", "personas/p/persona.yaml"),
        Arguments.of("24-wrong-type-boolean", "personas/p/evidence.yaml"),
        Arguments.of("25-bad-evidence-id", "personas/p/evidence.yaml"));
  }

  @ParameterizedTest
  @MethodSource("shapeProblems")
  void theSchemaRejectsWhatTheLoaderRejects(String caseName, String file) throws Exception {
    Path caseDir = Path.of("src/test/resources/bad", caseName);
    // BadInputTest proves the loader's answer; here the schema must agree with it.
    assertThat(Files.readAllLines(caseDir.resolve("expected.txt")).get(0)).isEqualTo("exit 1");
    Path path = caseDir.resolve("files/seeds").resolve(file);
    assertThat(schema(kindOf(path)).validate(YAML.readTree(path.toFile()))).isNotEmpty();
  }

  @Test
  void everyKindHasASchemaThatParses() throws Exception {
    for (String kind : SchemaWriter.KINDS.keySet()) {
      assertThat(schema(kind)).isNotNull();
    }
  }
}
