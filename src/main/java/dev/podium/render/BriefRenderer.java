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
  private final TemplateSource source;

  // Compiled templates and partials are kept, so a renderer used for several briefs compiles
  // each template once.
  private final Factory factory;
  private final Factory textFactory;

  public BriefRenderer(TemplateSource source) {
    this.source = source;
    this.factory = new Factory(true);
    this.textFactory = new Factory(false);
  }

  /** Renders the view with the template of this kind. */
  public String render(String kind, Object view) {
    return BlankLines.tidy(execute(factory, kind + ".md" + EXTENSION, List.of(view)));
  }

  /**
   * Renders words to be drawn in a picture, such as a chart's labels, with a partial the brief also
   * uses: {@code renderText("partials/clash-cell.md", view, row, cell)}. The scopes are those the
   * partial sees where a template includes it, outermost first. Values are not escaped, since the
   * result is not Markdown, and runs of white space become one space.
   */
  public String renderText(String partial, Object... scopes) {
    return execute(textFactory, partial + EXTENSION, List.of(scopes))
        .replaceAll("\\s+", " ")
        .strip();
  }

  private String execute(Factory factory, String name, List<Object> scopes) {
    try {
      Mustache mustache = factory.compile(name);
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
  private final class Factory extends DefaultMustacheFactory {
    private final Map<String, String> displayNames = new ConcurrentHashMap<>();
    private final boolean markdown;

    Factory(boolean markdown) {
      super(
          (MustacheResolver)
              name -> {
                throw new IllegalStateException("resolved through getReader");
              });
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
