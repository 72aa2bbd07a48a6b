package dev.podium.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.podium.load.Diagnostics;
import dev.podium.load.EvidenceFile;
import dev.podium.load.Node;
import dev.podium.load.RecordBinder;
import dev.podium.load.SourceMap;
import dev.podium.load.YamlReader;
import dev.podium.model.Motion;
import dev.podium.model.Persona;

/**
 * Whatever bytes a seed file holds, the loader answers with diagnostics, never an exception. In CI
 * it is fuzzed for a bounded time; in `mvn verify` it replays the committed corpus under
 * src/test/resources/dev/podium/fuzz/YamlLoaderFuzzTestInputs.
 */
class YamlLoaderFuzzTest {
  private static final YamlReader READER = new YamlReader();

  @FuzzTest(maxDuration = "45s")
  void loaderNeverThrows(FuzzedDataProvider data) {
    int shape = data.consumeInt(0, 2);
    String text = data.consumeRemainingAsString();
    Diagnostics diagnostics = new Diagnostics();
    Node root = READER.parse(text, "fuzz.yaml", diagnostics);
    if (root == null) {
      if (!diagnostics.hasErrors()) {
        throw new AssertionError("no document and no error for: " + text);
      }
      return;
    }
    RecordBinder binder = new RecordBinder(diagnostics, new SourceMap("fuzz.yaml"));
    switch (shape) {
      case 0 -> binder.bind(root, EvidenceFile.class, "");
      case 1 -> binder.bind(root, Persona.class, "");
      default -> binder.bind(root, Motion.class, "");
    }
  }
}
