package dev.podium.typeset;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The Markdown the templates write, as every format that sets it reads it: CommonMark with GFM
 * tables and autolinks, each node keeping its place in the source for messages. Thread-safe.
 */
public final class MarkdownDialect {
  private static final List<Extension> EXTENSIONS =
      List.of(TablesExtension.create(), AutolinkExtension.create());
  private static final Parser PARSER =
      Parser.builder()
          .extensions(EXTENSIONS)
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .build();

  private MarkdownDialect() {}

  /** The parser; commonmark's parsers are immutable and may be shared between threads. */
  public static Parser parser() {
    return PARSER;
  }
}
