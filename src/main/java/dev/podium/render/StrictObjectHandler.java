package dev.podium.render;

import com.github.mustachejava.Binding;
import com.github.mustachejava.Code;
import com.github.mustachejava.Iteration;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.reflect.MissingWrapper;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import java.io.Writer;
import java.util.List;

/**
 * Makes a name that resolves to nothing in any scope an error, naming template and line, instead of
 * Mustache's silent empty string: a typo in a template must not quietly drop part of a brief. A
 * name that exists but holds {@code null} is still just empty.
 *
 * <p>Zero counts as false, so a heading can be guarded by its list's size: {@code {{#items.size}}##
 * Items{{/items.size}}}.
 */
final class StrictObjectHandler extends ReflectionObjectHandler {

  @Override
  public Binding createBinding(String name, TemplateContext tc, Code code) {
    Binding binding = super.createBinding(name, tc, code);
    return scopes -> {
      Object value = binding.get(scopes);
      if (value == null && !".".equals(name) && find(name, scopes) instanceof MissingWrapper) {
        throw new TemplateException(tc.file(), tc.line(), "unknown variable '" + name + "'");
      }
      return value;
    };
  }

  @Override
  public Writer iterate(Iteration iteration, Writer writer, Object object, List<Object> scopes) {
    return isZero(object) ? writer : super.iterate(iteration, writer, object, scopes);
  }

  @Override
  public Writer falsey(Iteration iteration, Writer writer, Object object, List<Object> scopes) {
    return isZero(object)
        ? iteration.next(writer, object, scopes)
        : super.falsey(iteration, writer, object, scopes);
  }

  private static boolean isZero(Object object) {
    return object instanceof Number n && n.doubleValue() == 0;
  }
}
