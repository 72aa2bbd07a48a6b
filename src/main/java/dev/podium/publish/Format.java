package dev.podium.publish;

/**
 * One output format: its name on the command line, the extension of its files, and how it turns a
 * document into them. Formats are registered in {@link Formats}; adding one is one class there.
 */
public interface Format {
  /** The name {@code --format} takes: {@code md}, {@code pdf}, {@code html}, {@code docx}. */
  String id();

  /** The extension of the document's own file, with its dot: {@code .pdf}. */
  String extension();

  /** Whether the document can go to standard output in this format (text, one file). */
  boolean streamable();

  /**
   * Adds the document's files in this format to {@code out}, or reports why it cannot and returns
   * false; warnings go to {@code out} too.
   */
  boolean write(Document document, FormatSettings settings, Output out);
}
