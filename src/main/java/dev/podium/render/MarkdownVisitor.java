package dev.podium.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.DefaultMustacheVisitor;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.codes.ValueCode;
import java.io.IOException;
import java.io.Writer;

/**
 * Compiles a Markdown template so that each value is escaped for where it stands: a value right
 * after {@code ](} in the template is a link's or image's destination and is escaped as one; any
 * other value is text, escaped by the factory's {@code encode}.
 */
final class MarkdownVisitor extends DefaultMustacheVisitor {
  private boolean textEndsLinkText;
  private int codesAtLastText = -1;

  MarkdownVisitor(DefaultMustacheFactory factory) {
    super(factory);
  }

  @Override
  public void write(TemplateContext tc, String text) {
    // Text is appended to the code before it, so the number of codes says whether anything (a
    // section, a partial, another value) came between this text and the next value.
    super.write(tc, text);
    textEndsLinkText = text.endsWith("](");
    codesAtLastText = list.size();
  }

  @Override
  public void value(TemplateContext tc, String variable, boolean encoded) {
    if (encoded && textEndsLinkText && codesAtLastText == list.size()) {
      list.add(new DestinationCode(tc, df, variable));
    } else {
      super.value(tc, variable, encoded);
    }
  }

  /** A value in a destination. */
  private static final class DestinationCode extends ValueCode {
    DestinationCode(TemplateContext tc, DefaultMustacheFactory factory, String variable) {
      super(tc, factory, variable, true);
    }

    @Override
    protected void execute(Writer writer, String value) throws IOException {
      if (value != null) {
        writer.write(MarkdownEscaper.destination(value));
      }
    }
  }
}
