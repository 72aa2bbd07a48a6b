package dev.podium.imports.csl;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.podium.imports.Work;
import dev.podium.load.Diagnostics;
import java.util.List;

/**
 * Whatever a CSL-JSON file holds, the reader answers with works or located errors, never an
 * exception: Jackson's errors and citeproc's rejections of an item are all reported.
 */
class CslJsonReaderFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void readerNeverThrowsAndAnswersWithWorksOrErrors(String text) {
    if (text == null) {
      return;
    }
    Diagnostics diagnostics = new Diagnostics();
    List<Work> works = CslJsonReader.read(text, "fuzz.json", diagnostics);
    if ((works == null) != diagnostics.hasErrors()) {
      throw new AssertionError("works and errors disagree for: " + text);
    }
    if (works != null && works.stream().anyMatch(w -> w.date() == null && w.precision() != null)) {
      throw new AssertionError("a precision without a date for: " + text);
    }
  }
}
