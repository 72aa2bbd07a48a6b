package dev.podium.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheResolver;
import com.github.mustachejava.MustacheVisitor;
import com.github.mustachejava.TemplateContext;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders a view through {@code KIND.md.mustache} and its partials into Markdown. Every {@code
 * {{value}}} is escaped for Markdown; an unknown name or a template syntax error is a {@link
 * TemplateException} naming the template file and line.
 */
public final class BriefRenderer {
  private static final String EXTENSION = ".mustache";

  /**
   * Templates compiled by earlier renderers, each with the files it was compiled from. A server
   * renders brief after brief with the same templates, and a compiled template also keeps the
   * reflective lookups of its names warm. Past this many the cache starts over.
   */
  private static final int MOST_COMPILED = 64;

  private static final Map<CompiledKey, Compiled> COMPILED = new ConcurrentHashMap<>();

  private final TemplateSource source;

  /** The compiled templates this renderer has checked against the files, each used as it is. */
  private final Map<CompiledKey, Compiled> checked = new ConcurrentHashMap<>();

  public BriefRenderer(TemplateSource source) {
    this.source = source;
  }

  /** Renders the view with the template of this kind. */
  public String render(String kind, Object view) {
    return BlankLines.tidy(execute(true, kind + ".md" + EXTENSION, List.of(view)));
  }

  /**
   * Renders words to be drawn in a picture, such as a chart's labels, with a partial the brief also
   * uses: {@code renderText("partials/clash-cell.md", view, row, cell)}. The scopes are those the
   * partial sees where a template includes it, outermost first. Values are not escaped, since the
   * result is not Markdown, and runs of white space become one space.
   */
  public String renderText(String partial, Object... scopes) {
    return execute(false, partial + EXTENSION, List.of(scopes)).replaceAll("\\s+", " ").strip();
  }

  private String execute(boolean markdown, String name, List<Object> scopes) {
    CompiledKey key = new CompiledKey(markdown, name, prefixes());
    Compiled compiled = reusable(key);
    Factory factory = compiled != null ? compiled.factory() : new Factory(source, markdown);
    try {
      Mustache mustache = compiled != null ? compiled.mustache() : compile(key, factory);
      StringWriter out = new StringWriter();
      mustache.execute(out, scopes).flush();
      return out.toString();
    } catch (TemplateException e) {
      throw new TemplateException(factory.display(e.file()), e.line(), e.getMessage());
    } catch (MustacheException e) {
      throw translate(e, factory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<String> prefixes() {
    return source.roots().stream().map(TemplateSource.Root::displayPrefix).toList();
  }

  /**
   * The template compiled before, when every file it was compiled from is still the one this
   * renderer's folders give for its name, with the same text; otherwise {@code null}. Each renderer
   * checks once, so one brief never mixes two versions of a template.
   */
  private Compiled reusable(CompiledKey key) {
    Compiled mine = checked.get(key);
    if (mine != null) {
      return mine;
    }
    Compiled earlier = COMPILED.get(key);
    if (earlier == null || !unchanged(earlier.reads())) {
      return null;
    }
    checked.put(key, earlier);
    return earlier;
  }

  private boolean unchanged(Map<String, Read> reads) {
    for (Map.Entry<String, Read> read : reads.entrySet()) {
      TemplateSource.Found found = source.find(read.getKey());
      if (found == null
          || !found.file().equals(read.getValue().file())
          || !found.displayName().equals(read.getValue().displayName())) {
        return false;
      }
      try {
        if (!Files.readString(found.file()).equals(read.getValue().text())) {
          return false;
        }
      } catch (IOException e) {
        return false;
      }
    }
    return true;
  }

  private Mustache compile(CompiledKey key, Factory factory) {
    Mustache mustache = factory.compile(key.name());
    Compiled compiled = new Compiled(factory, mustache, Map.copyOf(factory.reads));
    checked.put(key, compiled);
    if (COMPILED.size() >= MOST_COMPILED) {
      COMPILED.clear();
    }
    COMPILED.put(key, compiled);
    return mustache;
  }

  /** A template by name, escaped for Markdown or not, from folders shown with these prefixes. */
  private record CompiledKey(boolean markdown, String name, List<String> prefixes) {}

  /** A compiled template, the factory that compiled it, and the files it read by name. */
  private record Compiled(Factory factory, Mustache mustache, Map<String, Read> reads) {}

  /** A template file as compiled: where its name led, and its text. */
  private record Read(Path file, String displayName, String text) {}

  private static TemplateException translate(MustacheException e, Factory factory) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TemplateException te) {
        return new TemplateException(factory.display(te.file()), te.line(), te.getMessage());
      }
    }
    TemplateContext tc = e.getContext();
    String message = e.getMessage();
    // mustache.java appends "@[file:line]"; the location goes in front instead.
    int at = message.indexOf(" @[");
    if (at >= 0) {
      message = message.substring(0, at);
    }
    if (tc == null) {
      return new TemplateException("templates", 0, message);
    }
    return new TemplateException(factory.display(tc.file()), tc.line(), message);
  }

  /**
   * A mustache factory over the template source, with strict names and Markdown escaping or none.
   */
  private static final class Factory extends DefaultMustacheFactory {
    private final Map<String, String> displayNames = new ConcurrentHashMap<>();
    private final Map<String, Read> reads = new ConcurrentHashMap<>();
    private final TemplateSource source;
    private final boolean markdown;

    Factory(TemplateSource source, boolean markdown) {
      super(
          (MustacheResolver)
              name -> {
                throw new IllegalStateException("resolved through getReader");
              });
      this.source = source;
      this.markdown = markdown;
      setObjectHandler(new StrictObjectHandler());
    }

    /**
     * Partials are named from the templates folder, wherever they are included from, and without
     * the extension: {@code {{> partials/card.md}}} means {@code partials/card.md.mustache}.
     */
    @Override
    public String resolvePartialPath(String dir, String name, String extension) {
      return name.endsWith(EXTENSION) ? name : name + EXTENSION;
    }

    @Override
    public Reader getReader(String resourceName) {
      TemplateSource.Found found = source.find(resourceName);
      if (found == null) {
        throw new TemplateException(
            resourceName, 0, "template not found; looked in " + source.searched());
      }
      displayNames.put(resourceName, found.displayName());
      String text = found.read();
      reads.put(resourceName, new Read(found.file(), found.displayName(), text));
      requirePartials(text, found.displayName());
      // A partial is a fragment: the newline that ends its file is not part of its text, so
      // {{> partials/cites.md}} can sit inside a sentence.
      if (resourceName.contains("/") && text.endsWith("\n")) {
        text = text.substring(0, text.length() - 1);
      }
      return new StringReader(text);
    }

    @Override
    public MustacheVisitor createMustacheVisitor() {
      return markdown ? new MarkdownVisitor(this) : super.createMustacheVisitor();
    }

    @Override
    public void encode(String value, Writer writer) {
      try {
        writer.write(markdown ? MarkdownEscaper.escape(value) : value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /**
     * Reports a partial that does not exist at the tag that includes it, with the including file
     * and line, before Mustache would report it without either.
     */
    private void requirePartials(String text, String displayName) {
      for (PartialTags.Tag tag : PartialTags.in(text)) {
        String name = resolvePartialPath("", tag.name(), EXTENSION);
        if (source.find(name) == null) {
          throw new TemplateException(
              displayName,
              tag.line(),
              "partial '"
                  + tag.name()
                  + "' not found (no "
                  + name
                  + " in "
                  + source.searched()
                  + ")");
        }
      }
    }

    String display(String resourceName) {
      return displayNames.getOrDefault(resourceName, resourceName);
    }
  }
}
