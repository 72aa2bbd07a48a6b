package dev.podium.load;

import static dev.podium.TestSeeds.edit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.TestSeeds;
import dev.podium.model.Evidence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server reads the same seed files brief after brief; what it keeps must never be stale. */
class SeedsLoaderTest {
  @TempDir Path temp;

  private static final String PERSONA = "fazl-barez";

  private static LoadedPersona load(Path seeds, Diagnostics diagnostics) {
    return new SeedsLoader(new SeedsDirectory(seeds, "seeds")).persona(PERSONA, diagnostics);
  }

  private static String firstTitle(LoadedPersona persona) {
    return persona.evidenceList().get(0).title();
  }

  @Test
  void anEditedFileIsReadAfresh() {
    Path seeds = TestSeeds.copy(temp);
    Path evidence = seeds.resolve("personas/" + PERSONA + "/evidence.yaml");
    assertThat(firstTitle(load(seeds, new Diagnostics()))).startsWith("Full-Stack Alignment");
    edit(evidence, "title: \"Full-Stack Alignment:", "title: \"Partial Alignment:");
    assertThat(firstTitle(load(seeds, new Diagnostics()))).startsWith("Partial Alignment");
    edit(evidence, "title: \"Partial Alignment:", "title: \"Full-Stack Alignment:");
    assertThat(firstTitle(load(seeds, new Diagnostics()))).startsWith("Full-Stack Alignment");
  }

  @Test
  void aFileReadAgainReportsItsProblemsAgain() {
    Path seeds = TestSeeds.copy(temp);
    edit(
        seeds.resolve("personas/" + PERSONA + "/evidence.yaml"),
        "title: \"Full-Stack Alignment:",
        "titel: \"Full-Stack Alignment:");
    List<String> first = problems(seeds);
    assertThat(first).isNotEmpty();
    assertThat(problems(seeds)).isEqualTo(first);
  }

  private static List<String> problems(Path seeds) {
    Diagnostics diagnostics = new Diagnostics();
    load(seeds, diagnostics);
    return diagnostics.sorted().stream().map(Diagnostic::format).toList();
  }

  @Test
  void threadsReadingTheSameFilesAtOnceSeeTheSameRecords() throws Exception {
    Path seeds = TestSeeds.copy(temp);
    List<Evidence> expected = load(seeds, new Diagnostics()).evidenceList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Evidence>>> loads = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        loads.add(pool.submit(() -> load(seeds, new Diagnostics()).evidenceList()));
      }
      for (Future<List<Evidence>> f : loads) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
