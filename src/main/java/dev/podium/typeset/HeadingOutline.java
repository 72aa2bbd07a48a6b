package dev.podium.typeset;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfDestination;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Builds the PDF outline (bookmarks) from the headings: each heading's chunks carry a tag, and when
 * OpenPDF places the first of them this adds an entry pointing at that spot, nested by level.
 */
final class HeadingOutline extends PdfPageEventHelper {
  private static final String PREFIX = "podium-heading-";

  /** A heading as registered before layout. */
  private record Entry(int level, String title) {}

  /** An outline entry already placed, with its level, so that deeper headings nest under it. */
  private record Placed(int level, PdfOutline outline) {}

  private final List<Entry> entries = new ArrayList<>();
  private final Deque<Placed> open = new ArrayDeque<>();
  private int placed;

  /** Registers a heading and returns the tag its chunks must carry. */
  String register(int level, String title) {
    entries.add(new Entry(level, title));
    return PREFIX + (entries.size() - 1);
  }

  @Override
  public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
    String token = ChunkTags.find(text, PREFIX);
    if (token == null) {
      return;
    }
    int index = Integer.parseInt(token.substring(PREFIX.length()));
    // A heading split into several chunks reports each; only its first placement counts.
    if (index < placed) {
      return;
    }
    placed = index + 1;
    Entry entry = entries.get(index);
    while (!open.isEmpty() && open.peek().level() >= entry.level()) {
      open.pop();
    }
    PdfOutline parent = open.isEmpty() ? writer.getRootOutline() : open.peek().outline();
    PdfDestination target =
        new PdfDestination(PdfDestination.XYZ, document.left(), rect.getTop() + 6f, 0f);
    PdfOutline outline = new PdfOutline(parent, target, entry.title(), entry.level() <= 1);
    open.push(new Placed(entry.level(), outline));
  }
}
