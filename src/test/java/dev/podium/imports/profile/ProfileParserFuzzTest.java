package dev.podium.imports.profile;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.podium.imports.YamlRecordWriter;
import dev.podium.load.Diagnostics;
import dev.podium.load.Node;
import dev.podium.load.RecordBinder;
import dev.podium.load.SourceMap;
import dev.podium.load.ThemesFile;
import dev.podium.load.YamlReader;
import dev.podium.model.Persona;
import java.util.List;

/**
 * Whatever Markdown a profile holds, the parser never throws, and a profile it reads is written as
 * a persona.yaml and a themes skeleton that load back cleanly, the persona equal to what was
 * written. In CI it is fuzzed for a bounded time; in `mvn verify` it replays the committed corpus
 * under ProfileParserFuzzTestInputs.
 */
class ProfileParserFuzzTest {
  private static final YamlReader READER = new YamlReader();

  @FuzzTest(maxDuration = "60s")
  void parsedProfilesLoadBackAsWritten(String text) {
    if (text == null) {
      return;
    }
    Persona written = ProfileParser.parse("fuzz", text);
    if (written == null) {
      return;
    }
    Persona read = load(YamlRecordWriter.write(List.of("fuzz"), written), Persona.class);
    if (!written.equals(read)) {
      throw new AssertionError("persona.yaml reads back differently:\n" + written + "\n" + read);
    }
    load(ThemesSkeleton.of("fuzz", written.coreThemes()), ThemesFile.class);
    for (Persona.Publication paper : written.namedPapers()) {
      if (paper.title().isBlank()) {
        throw new AssertionError("a key paper without a title: " + text);
      }
    }
  }

  private static <T extends Record> T load(String yaml, Class<T> type) {
    Diagnostics diagnostics = new Diagnostics();
    Node root = READER.parse(yaml, "fuzz.yaml", diagnostics);
    T value =
        root == null
            ? null
            : new RecordBinder(diagnostics, new SourceMap("fuzz.yaml")).bind(root, type, "");
    if (diagnostics.hasErrors() || value == null) {
      throw new AssertionError("written file does not load: " + diagnostics.sorted() + "\n" + yaml);
    }
    return value;
  }
}
