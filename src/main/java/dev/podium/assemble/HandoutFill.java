package dev.podium.assemble;

import dev.podium.assemble.BriefView.KeyArgumentView;
import dev.podium.assemble.BriefView.SourceView;
import java.util.ArrayList;
import java.util.List;

/**
 * What fills a one-page handout beside its points: the biography, a whole paragraph at a time
 * (always the first), then further reading, one short source line per record, until the page's
 * budget of words is spent. Counting words guesses at the page, leaving room for the title,
 * headings and spacing; the publisher then typesets it and, where a long title or link still
 * overflows, asks for the fill {@linkplain Fill#trimmed trimmed}.
 */
final class HandoutFill {
  /** About as many words as a one-page handout holds, in A4 or Letter, beside its headings. */
  static final int WORDS = 340;

  /** What a source line costs beside its title: authors, year, link and the line's spacing. */
  private static final int SOURCE_LINE_WORDS = 10;

  /** At most this many further-reading lines: a reading list, not the listing. */
  static final int MAX_FURTHER = 8;

  /** Fewer lines than this make no reading list; the space stays white. */
  static final int MIN_FURTHER = 3;

  private HandoutFill() {}

  /** The biography paragraphs and further-reading lines that fit beside the points. */
  record Fill(List<String> about, List<SourceView> further) {
    /**
     * This fill with {@code count} items fewer: reading lines from the end first (the whole list
     * once it would be shorter than a list), then biography paragraphs, always keeping the first.
     */
    Fill trimmed(int count) {
      List<String> keptAbout = new ArrayList<>(about);
      List<SourceView> keptFurther = new ArrayList<>(further);
      for (int i = 0; i < count; i++) {
        if (!keptFurther.isEmpty()) {
          keptFurther.remove(keptFurther.size() - 1);
          if (keptFurther.size() < MIN_FURTHER) {
            keptFurther.clear();
          }
        } else if (keptAbout.size() > 1) {
          keptAbout.remove(keptAbout.size() - 1);
        }
      }
      return new Fill(List.copyOf(keptAbout), List.copyOf(keptFurther));
    }
  }

  static Fill of(List<KeyArgumentView> points, List<String> bio, List<SourceView> candidates) {
    int used =
        points.stream()
            .mapToInt(
                k ->
                    words(k.headline())
                        + words(k.plain())
                        + words(k.source().title())
                        + SOURCE_LINE_WORDS)
            .sum();
    List<String> about = new ArrayList<>();
    for (String paragraph : bio) {
      if (!about.isEmpty() && used + words(paragraph) > WORDS) {
        break;
      }
      about.add(paragraph);
      used += words(paragraph);
    }
    List<SourceView> further = new ArrayList<>();
    for (SourceView source : candidates) {
      int cost = words(source.title()) + SOURCE_LINE_WORDS;
      if (further.size() >= MAX_FURTHER || used + cost > WORDS) {
        break;
      }
      further.add(source);
      used += cost;
    }
    return new Fill(about, further.size() < MIN_FURTHER ? List.of() : further);
  }

  static int words(String text) {
    return text == null || text.isBlank() ? 0 : text.strip().split("\\s+").length;
  }
}
