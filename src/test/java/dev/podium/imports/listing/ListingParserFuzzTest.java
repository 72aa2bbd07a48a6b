package dev.podium.imports.listing;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.podium.load.Diagnostics;
import java.util.List;

/**
 * Whatever a scraped listing holds, the parser answers with entries and located problems, never an
 * exception, and every entry it accepts has a title and at least one author.
 */
class ListingParserFuzzTest {
  @FuzzTest(maxDuration = "45s")
  void parserNeverThrowsAndAcceptsOnlyWholeEntries(String text) {
    if (text == null) {
      return;
    }
    Diagnostics diagnostics = new Diagnostics();
    List<ListingEntry> entries = new ListingParser("fuzz.txt", 2026, diagnostics).parse(text);
    for (ListingEntry entry : entries) {
      if (entry.headline().title().isBlank() || entry.headline().authors().isEmpty()) {
        throw new AssertionError("accepted an entry without title or authors: " + entry);
      }
    }
  }
}
