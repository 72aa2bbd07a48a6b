package dev.podium.typeset;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.commonmark.node.Paragraph;
import org.openpdf.text.Chunk;

/**
 * The chunks of each paragraph of one document, made once: a paragraph in a list item or an
 * evidence card is set twice, once to measure and once to draw, and making chunks costs more than
 * laying them out. OpenPDF copies what it needs from a chunk, so one can be laid out many times.
 */
final class ParagraphChunks {
  private final Map<Paragraph, List<Chunk>> chunks = new IdentityHashMap<>();

  /** The chunks of {@code paragraph}, from {@code render} the first time it is asked for. */
  List<Chunk> of(Paragraph paragraph, Supplier<List<Chunk>> render) {
    return chunks.computeIfAbsent(paragraph, p -> List.copyOf(render.get()));
  }
}
