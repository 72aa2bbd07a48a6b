package dev.podium.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefRendererTest {
  @TempDir Path user;
  @TempDir Path base;

  /** A small view: templates see records' accessors by name. */
  public record View(String title, List<Item> items, String missing) {}

  public record Item(String name, boolean last) {}

  private String render(String template) throws Exception {
    Files.writeString(base.resolve("test.md.mustache"), template);
    return renderer()
        .render(
            "test",
            new View(
                "*T* [x](javascript:y)",
                List.of(new Item("a_b", false), new Item("c", true)),
                null));
  }

  private BriefRenderer renderer() {
    return new BriefRenderer(
        new TemplateSource(
            List.of(
                new TemplateSource.Root(user, "user"),
                new TemplateSource.Root(base, "templates"))));
  }

  @Test
  void anEditedTemplateOrPartialIsCompiledAfresh() throws Exception {
    Files.createDirectories(base.resolve("partials"));
    Files.writeString(base.resolve("partials/head.md.mustache"), "# {{title}}\n");
    Files.writeString(base.resolve("test.md.mustache"), "{{> partials/head.md}}\none\n");
    View view = new View("T", List.of(), null);
    assertThat(renderer().render("test", view)).isEqualTo("# T\none\n");
    Files.writeString(base.resolve("partials/head.md.mustache"), "## {{title}}\n");
    assertThat(renderer().render("test", view)).isEqualTo("## T\none\n");
    Files.writeString(base.resolve("test.md.mustache"), "{{> partials/head.md}}\ntwo\n");
    assertThat(renderer().render("test", view)).isEqualTo("## T\ntwo\n");
  }

  @Test
  void aPartialNewlyPutInTheUserFolderOverridesTheOneCompiledBefore() throws Exception {
    Files.createDirectories(base.resolve("partials"));
    Files.writeString(base.resolve("partials/head.md.mustache"), "# {{title}}\n");
    Files.writeString(base.resolve("test.md.mustache"), "{{> partials/head.md}}\n");
    View view = new View("T", List.of(), null);
    assertThat(renderer().render("test", view)).isEqualTo("# T\n");
    Files.createDirectories(user.resolve("partials"));
    Files.writeString(user.resolve("partials/head.md.mustache"), "Mine: {{title}}\n");
    assertThat(renderer().render("test", view)).isEqualTo("Mine: T\n");
    Files.delete(user.resolve("partials/head.md.mustache"));
    assertThat(renderer().render("test", view)).isEqualTo("# T\n");
  }

  @Test
  void escapesValuesForMarkdown() throws Exception {
    assertThat(render("# {{title}}\n\n{{#items}}{{name}}{{^last}}, {{/last}}{{/items}}\n"))
        .isEqualTo("# \\*T\\* \\[x\\](javascript:y)\n\na\\_b, c\n");
  }

  @Test
  void aValueRightAfterALinksBracketIsEscapedAsADestinationAndAnyOtherAsText() throws Exception {
    assertThat(render("{{#items}}[{{name}}]({{name}}) ![{{name}}]({{name}}){{/items}}\n"))
        .isEqualTo("[a\\_b](a_b) ![a\\_b](a_b)[c](c) ![c](c)\n");
    // Only a value straight after "](" is a destination; text between makes it text again.
    assertThat(render("{{#items}}]( {{name}}){{/items}}\n")).isEqualTo("]( a\\_b)]( c)\n");
    assertThat(render("[t]({{title}})\n")).isEqualTo("[t](*T*%20[x](javascript:y))\n");
  }

  @Test
  void textForAPictureComesFromAPartialWithTheScopesItIsIncludedInAndIsNotEscaped()
      throws Exception {
    Files.createDirectories(base.resolve("partials"));
    Files.writeString(base.resolve("partials/label.md.mustache"), "{{title}}:\n  {{name}} \n");
    View view = new View("*T* [x]", List.of(), null);
    assertThat(renderer().renderText("partials/label.md", view, new Item("a_b", true)))
        .isEqualTo("*T* [x]: a_b");
    Files.writeString(base.resolve("partials/label.md.mustache"), "{{title}}\n{{nmae}}\n");
    assertThatThrownBy(() -> renderer().renderText("partials/label.md", view))
        .extracting(e -> ((TemplateException) e).format())
        .isEqualTo("templates/partials/label.md.mustache:2: unknown variable 'nmae'");
  }

  @Test
  void aNullValueIsEmptyButAnUnknownNameIsAnErrorWithTemplateAndLine() throws Exception {
    assertThat(render("a{{missing}}b\n")).isEqualTo("ab\n");
    assertThatThrownBy(() -> render("line one\n\n{{#items}}\n{{nmae}}\n{{/items}}\n"))
        .isInstanceOf(TemplateException.class)
        .extracting(e -> ((TemplateException) e).format())
        .isEqualTo("templates/test.md.mustache:4: unknown variable 'nmae'");
  }

  @Test
  void anUnknownSectionIsAnError() {
    assertThatThrownBy(() -> render("{{#itemz}}x{{/itemz}}\n"))
        .extracting(e -> ((TemplateException) e).format())
        .isEqualTo("templates/test.md.mustache:1: unknown variable 'itemz'");
  }

  @Test
  void aSyntaxErrorNamesTemplateAndLine() {
    assertThatThrownBy(() -> render("ok\n{{#items}}\nunclosed\n"))
        .isInstanceOf(TemplateException.class)
        .extracting(e -> ((TemplateException) e).format())
        .asString()
        .startsWith("templates/test.md.mustache:");
  }

  @Test
  void partialsAreLookedUpInTheUserFolderFirstThenTheBaseFolder() throws Exception {
    Files.createDirectories(base.resolve("partials"));
    Files.createDirectories(user.resolve("partials"));
    Files.writeString(base.resolve("partials/a.md.mustache"), "base-a {{> partials/b.md}}\n");
    Files.writeString(base.resolve("partials/b.md.mustache"), "base-b\n");
    Files.writeString(user.resolve("partials/b.md.mustache"), "user-b\n");
    assertThat(render("[{{> partials/a.md}}]\n")).isEqualTo("[base-a user-b]\n");
  }

  @Test
  void aMissingPartialIsReportedWhereItIsIncludedAndSaysWhereItLooked() {
    assertThatThrownBy(() -> render("ok\n\n{{> partials/nope.md}}\n"))
        .extracting(e -> ((TemplateException) e).format())
        .isEqualTo(
            "templates/test.md.mustache:3: partial 'partials/nope.md' not found"
                + " (no partials/nope.md.mustache in user, templates)");
  }

  @Test
  void aMissingPartialAfterASetDelimiterTagIsReportedWhereItIsIncluded() {
    assertThatThrownBy(() -> render("{{=<% %>=}}\nok\n<%> partials/nope.md %>\n"))
        .extracting(e -> ((TemplateException) e).format())
        .isEqualTo(
            "templates/test.md.mustache:3: partial 'partials/nope.md' not found"
                + " (no partials/nope.md.mustache in user, templates)");
  }

  @Test
  void runsOfBlankLinesCollapseOutsideCodeFences() {
    assertThat(BlankLines.tidy("\n\na\n\n\n\nb  \n```\n\n\n```\nc   \n\n\n"))
        .isEqualTo("a\n\nb  \n```\n\n\n```\nc  \n");
  }
}
