package dev.podium;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.podium.cli.Main;
import dev.podium.load.SchemaWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schemas (what an editor says) and {@code podium check} give the same answer for every
 * seed file of the bad-input corpus and for every good seed file: a file is valid against its
 * schema exactly when check finds no error in it. Files are read as YAML 1.2, as editors read them.
 * Cases whose problem no schema can see are listed with the reason.
 */
class SchemaAgreementTest {
  private static final Path CORPUS = Path.of("src/test/resources/bad");
  private static final ObjectMapper YAML_1_2 =
      new ObjectMapper(
          YAMLFactory.builder()
              .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
              .build());
  private static final Pattern LOCATED = Pattern.compile("^(.+?):(\\d+):(\\d+): (.*)$");

  private static final String SYNTAX =
      "a YAML problem: the editor's YAML parser reports it before any schema applies";

  /** Cases beyond a schema, and why. */
  private static final Map<String, String> BEYOND_A_SCHEMA =
      Map.ofEntries(
          entry("01-malformed-yaml", SYNTAX),
          entry("02-tab-indentation", SYNTAX),
          entry("03-yaml-alias", SYNTAX + " (Podium refuses aliases, YAML allows them)"),
          entry("04-alias-bomb", SYNTAX + " (Podium refuses aliases, YAML allows them)"),
          entry("05-deep-nesting", SYNTAX + " (nesting depth is a parser limit)"),
          entry("06-empty-file", SYNTAX + " (an empty file is no document to validate)"),
          entry("07-comments-only", SYNTAX + " (a file of comments is no document to validate)"),
          entry("09-invalid-utf8", SYNTAX + " (bytes that are not UTF-8 are not text)"),
          entry("12-two-documents", SYNTAX + " (a schema validates one document)"),
          entry("13-duplicate-key", SYNTAX + " (a schema sees only one of the two keys)"),
          entry("26-persona-id-mismatch", "the id must match the folder's name"),
          entry("27-duplicate-evidence-id", "ids unique across items: JSON Schema cannot say it"),
          entry("28-duplicate-stance-id", "ids unique across items: JSON Schema cannot say it"),
          entry("29-motion-id-mismatch", "the id must match the file's name"),
          entry("30-theme-unknown-evidence", "evidence ids are defined in evidence.yaml"),
          entry("31-counter-unknown-evidence", "evidence ids are defined in evidence.yaml"),
          entry("32-publication-unknown-evidence", "evidence ids are defined in evidence.yaml"),
          entry("33-unknown-stance-in-evidence", "stance ids are defined in stances.yaml"),
          entry("34-unknown-stance-in-theme", "stance ids are defined in stances.yaml"),
          entry(
              "36-two-themes-one-stance", "stances unique across items: JSON Schema cannot say it"),
          entry("35-unknown-stance-in-motion", "stance ids are defined in stances.yaml"),
          entry("37-unknown-motion-in-position", "motion ids are the files in motions/"),
          entry("39-evidence-quote-not-verbatim", "a quote must be a span of another field"),
          entry("40-argument-quote-not-verbatim", "a quote must be a span of evidence.yaml"),
          entry("41-position-quote-not-verbatim", "a quote must be a span of a source file"),
          entry("42-position-source-outside", "the source must be a file in the persona's folder"),
          entry("43-position-source-missing", "the source must be a file in the persona's folder"),
          entry("82-score-infinite", SYNTAX + " (YAML's .inf has no JSON value to validate)"),
          entry("83-score-too-large", "JSON Schema has no bound for numbers too large to hold"),
          entry("84-control-characters-in-a-stance", "stance ids are defined in stances.yaml"),
          entry("88-nul-character", SYNTAX + " (YAML forbids the character)"),
          entry("99-all-with-one-broken-persona", SYNTAX));

  @TempDir Path dir;

  /** Corpus cases that put seed files of their own in place. */
  static Stream<String> casesWithSeedFiles() throws IOException {
    try (Stream<Path> folders = Files.list(CORPUS)) {
      return folders
          .filter(p -> !p.getFileName().toString().startsWith("_"))
          .filter(p -> !yamlFiles(p.resolve("files/seeds")).isEmpty())
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  static Stream<Path> goodSeedFolders() {
    return Stream.of(
        Path.of("seeds"),
        CORPUS.resolve("_base/seeds"),
        Path.of("src/test/resources/fixtures/second-speaker/seeds"));
  }

  @ParameterizedTest
  @MethodSource("casesWithSeedFiles")
  void theSchemaRejectsAFileExactlyWhenCheckFindsAnErrorInIt(String name) throws IOException {
    Path seeds = TestSeeds.copyTree(CORPUS.resolve("_base/seeds"), dir.resolve("seeds"));
    Path own = CORPUS.resolve(name).resolve("files/seeds");
    overlay(own, seeds);
    Map<String, List<String>> errors = checkErrors(seeds);
    if (BEYOND_A_SCHEMA.containsKey(name)) {
      // The exclusion must still be needed: check rejects what the schema cannot judge.
      assertThat(errors)
          .as("%s is listed as beyond a schema but check accepts it", name)
          .isNotEmpty();
      return;
    }
    for (Path file : yamlFiles(own)) {
      String relative = own.relativize(file).toString().replace('\\', '/');
      List<String> schemaSays = schemaErrors(seeds.resolve(relative), relative);
      List<String> checkSays = errors.getOrDefault(relative, List.of());
      assertThat(schemaSays.isEmpty())
          .as("%s %s: schema says %s, check says %s", name, relative, schemaSays, checkSays)
          .isEqualTo(checkSays.isEmpty());
    }
  }

  @ParameterizedTest
  @MethodSource("goodSeedFolders")
  void everyGoodSeedFilePassesBoth(Path folder) throws IOException {
    Path seeds = TestSeeds.copyTree(folder, dir.resolve("seeds"));
    assertThat(checkErrors(seeds)).isEmpty();
    for (Path file : yamlFiles(seeds)) {
      String relative = seeds.relativize(file).toString().replace('\\', '/');
      assertThat(schemaErrors(file, relative)).as(relative).isEmpty();
    }
  }

  @Test
  void everyExcludedCaseIsInTheCorpusWithSeedFilesOfItsOwn() throws IOException {
    Set<String> cases = Set.copyOf(casesWithSeedFiles().toList());
    assertThat(cases).containsAll(BEYOND_A_SCHEMA.keySet());
    long files =
        cases.stream()
            .filter(c -> !BEYOND_A_SCHEMA.containsKey(c))
            .mapToLong(c -> yamlFiles(CORPUS.resolve(c).resolve("files/seeds")).size())
            .sum();
    // The corpus must keep enough single-file cases for the agreement to mean something.
    assertThat(files).isGreaterThanOrEqualTo(20);
  }

  private static List<String> schemaErrors(Path file, String relative) throws IOException {
    JsonNode document = YAML_1_2.readTree(file.toFile());
    JsonNode schema = new ObjectMapper().readTree(SchemaWriter.schema(kindOf(relative)));
    // Editors check formats such as "date"; JSON Schema 2020-12 leaves that to the validator.
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    JsonSchema validator =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema, config);
    return validator.validate(document).stream().map(ValidationMessage::getMessage).toList();
  }

  private static String kindOf(String relative) {
    if (relative.equals("stances.yaml")) {
      return "stances";
    }
    if (relative.startsWith("motions/")) {
      return "motion";
    }
    String name = Path.of(relative).getFileName().toString();
    return name.substring(0, name.length() - ".yaml".length());
  }

  /** The errors {@code podium check} reports, by file relative to the seeds folder. */
  private static Map<String, List<String>> checkErrors(Path seeds) {
    StringWriter err = new StringWriter();
    Main.run(
        new PrintWriter(new StringWriter()),
        new PrintWriter(err),
        "check",
        "--seeds",
        seeds.toString());
    Map<String, List<String>> byFile = new TreeMap<>();
    for (String line : err.toString().lines().toList()) {
      Matcher m = LOCATED.matcher(line);
      if (m.matches() && !m.group(4).startsWith("warning:")) {
        String file = seeds.relativize(Path.of(m.group(1))).toString().replace('\\', '/');
        byFile.computeIfAbsent(file, f -> new java.util.ArrayList<>()).add(m.group(4));
      }
    }
    return byFile;
  }

  private static List<Path> yamlFiles(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void overlay(Path from, Path to) throws IOException {
    for (Path source : yamlAndOtherFiles(from)) {
      Path target = to.resolve(from.relativize(source).toString());
      Files.createDirectories(target.getParent());
      Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static List<Path> yamlAndOtherFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }
}
