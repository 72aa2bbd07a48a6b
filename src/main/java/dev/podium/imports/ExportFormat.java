package dev.podium.imports;

import dev.podium.imports.bibtex.BibtexWriter;
import dev.podium.imports.csl.CslJsonWriter;
import dev.podium.imports.ris.RisWriter;
import dev.podium.model.Evidence;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The bibliography formats a persona's evidence can be exported to, for citing it in LaTeX and
 * pandoc (BibTeX, CSL-JSON) or a reference manager such as Zotero (RIS, CSL-JSON). Each writes the
 * same records to the same bytes, and the matching import reads them back.
 */
public enum ExportFormat {
  BIBTEX("bibtex", ".bib", BibtexWriter::write),
  CSL_JSON("csl-json", ".json", CslJsonWriter::write),
  RIS("ris", ".ris", RisWriter::write);

  private final String id;
  private final String extension;
  private final Function<List<Evidence>, String> writer;

  ExportFormat(String id, String extension, Function<List<Evidence>, String> writer) {
    this.id = id;
    this.extension = extension;
    this.writer = writer;
  }

  /** The name on the command line, such as "csl-json". */
  public String id() {
    return id;
  }

  /** The records in this format. */
  public String write(List<Evidence> records) {
    return writer.apply(records);
  }

  /** The format with this name, or {@code null}. */
  public static ExportFormat named(String id) {
    return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst().orElse(null);
  }

  /** The format a file name's extension implies (.bib, .json, .ris), or {@code null}. */
  public static ExportFormat ofFile(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(f -> lower.endsWith(f.extension))
        .findFirst()
        .orElse(null);
  }

  /** The names, in order, for help and messages. */
  public static List<String> ids() {
    return Arrays.stream(values()).map(ExportFormat::id).toList();
  }
}
