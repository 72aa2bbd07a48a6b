package dev.podium.imports.ris;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.podium.imports.Work;
import dev.podium.load.Diagnostics;
import java.util.List;

/**
 * Whatever a RIS file holds, the reader answers with works or located errors, never an exception,
 * and every name it reads is one a record can store (never blank).
 */
class RisReaderFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void readerNeverThrowsAndAnswersWithWorksOrErrors(String text) {
    if (text == null) {
      return;
    }
    Diagnostics diagnostics = new Diagnostics();
    List<Work> works = RisReader.works(text, "fuzz.ris", diagnostics);
    if ((works == null) != diagnostics.hasErrors()) {
      throw new AssertionError("works and errors disagree for: " + text);
    }
    if (works != null
        && works.stream().flatMap(w -> w.authors().stream()).anyMatch(String::isBlank)) {
      throw new AssertionError("a blank author for: " + text);
    }
  }
}
