package dev.podium.publish;

import dev.podium.assemble.BriefKind;
import dev.podium.load.Suggestions;
import dev.podium.render.TemplateSource;
import java.util.ArrayList;
import java.util.List;

/**
 * The kinds of brief a run can make: the built-in ones (each a strategy of template, selection and
 * charts, in {@link BriefKind}) and a user's own template {@code KIND.md.mustache}, which selects
 * as the moderator brief does. Any other name is a mistake, never a silent moderator brief.
 */
public final class Kinds {
  /** What {@code --kind} takes for every built-in kind at once. */
  public static final String ALL = "all";

  private Kinds() {}

  /** Whether a brief of this kind can be made with these templates. */
  public static boolean exists(String kind, TemplateSource templates) {
    return BriefKind.ALL.contains(kind) || templates.find(kind + ".md.mustache") != null;
  }

  /** The names {@code --kind} offers: the built-in kinds and {@code all}. */
  public static List<String> names() {
    List<String> names = new ArrayList<>(BriefKind.ALL);
    names.add(ALL);
    return names;
  }

  /** "; did you mean 'opponent'?" for a near miss of a built-in kind, else nothing. */
  public static String hint(String kind) {
    String closest = Suggestions.closest(kind, names());
    return closest == null ? "" : "; did you mean '" + closest + "'?";
  }
}
