package dev.podium.imports.bibtex;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.podium.load.Diagnostics;
import dev.podium.model.LatexText;
import java.util.List;
import java.util.Objects;

/**
 * Whatever a .bib file holds, the reader answers with entries or located errors, never an
 * exception, and every field of every entry turns into text, authors and a date without one, read
 * whole or as prose with LaTeX spans.
 */
class BibtexReaderFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void readerNeverThrowsAndFieldsAlwaysConvert(String text) {
    if (text == null) {
      return;
    }
    Diagnostics diagnostics = new Diagnostics();
    List<BibEntry> entries = BibtexReader.read(text, "fuzz.bib", diagnostics);
    if ((entries == null) != diagnostics.hasErrors()) {
      throw new AssertionError("entries and errors disagree for: " + text);
    }
    if (entries == null) {
      return;
    }
    for (BibEntry entry : entries) {
      entry.fields().keySet().forEach(entry::text);
      // The same text read as an arXiv abstract, markup spans only, must not fail either.
      entry.fields().keySet().stream()
          .map(entry::raw)
          .filter(Objects::nonNull)
          .forEach(LatexText::readable);
      if (entry.raw("author") != null) {
        BibAuthors.parse(entry.raw("author"));
      }
      BibDate.of(entry);
      BibtexImporter.url(entry);
      BibtexImporter.category(entry);
    }
  }
}
