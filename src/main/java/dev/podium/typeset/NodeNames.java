package dev.podium.typeset;

import java.util.Map;

/** Plain names for Markdown nodes in messages: "an HTML block" rather than a class name alone. */
public final class NodeNames {
  private static final Map<String, String> NAMES =
      Map.of(
          "HtmlBlock", "an HTML block",
          "HtmlInline", "inline HTML",
          "CustomBlock", "this extension block",
          "CustomNode", "this extension node");

  private NodeNames() {}

  public static String describe(String simpleName) {
    return NAMES.getOrDefault(simpleName, "this Markdown node");
  }
}
