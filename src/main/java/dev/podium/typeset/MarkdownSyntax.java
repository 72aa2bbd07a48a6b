package dev.podium.typeset;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The Markdown the templates write, as every format reads it: CommonMark with GFM tables and
 * autolinks, each node knowing where it stands in the source so that messages can point at it.
 * Shared so that the PDF and the HTML never disagree on what a brief says. Thread-safe.
 */
public final class MarkdownSyntax {
  /** The extensions, for parsers and for renderers that know them (HTML tables). */
  public static final List<Extension> EXTENSIONS =
      List.of(TablesExtension.create(), AutolinkExtension.create());

  private static final Parser PARSER =
      Parser.builder()
          .extensions(EXTENSIONS)
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .build();

  private MarkdownSyntax() {}

  /** The parser; it keeps no state between documents, so one serves every thread. */
  public static Parser parser() {
    return PARSER;
  }
}
