package dev.podium.docx;

import dev.podium.typeset.NodeNames;
import dev.podium.typeset.TypesetException;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * What the writers of one document share: the POI document, its list numbering, the pictures the
 * Markdown may show, and the width of the text, in points. Not thread-safe.
 */
record DocxContext(
    XWPFDocument document, ListNumbering lists, Map<String, Picture> pictures, float textWidth) {

  /** The error for a node the DOCX has no rendering for, naming the node and its place. */
  TypesetException unsupported(Node node) {
    String name = node.getClass().getSimpleName();
    return error(
        node, "the DOCX writer does not support " + NodeNames.describe(name) + " (" + name + ")");
  }

  /** An error at the place of {@code node} in the Markdown, or of its nearest placed ancestor. */
  TypesetException error(Node node, String message) {
    for (Node n = node; n != null; n = n.getParent()) {
      List<SourceSpan> spans = n.getSourceSpans();
      if (!spans.isEmpty()) {
        return new TypesetException(
            spans.get(0).getLineIndex() + 1, spans.get(0).getColumnIndex() + 1, message);
      }
    }
    return new TypesetException(1, 1, message);
  }
}
