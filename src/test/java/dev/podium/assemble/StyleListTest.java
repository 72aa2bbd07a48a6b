package dev.podium.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The lists of shipped styles and locales agree with what the build puts in the jar: the pom's
 * shade filter names the same styles, and the locale list names every locale of the CSL locales
 * artifact.
 */
class StyleListTest {
  @Test
  void thePomShipsExactlyTheListedStyles() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
    Matcher filter =
        Pattern.compile(
                "<artifact>org\\.citationstyles:styles</artifact>\\s*<includes>(.*?)</includes>",
                Pattern.DOTALL)
            .matcher(pom);
    assertThat(filter.find()).isTrue();
    List<String> included =
        Pattern.compile("<include>([^<]+)\\.csl</include>")
            .matcher(filter.group(1))
            .results()
            .map(m -> m.group(1))
            .toList();
    assertThat(included).containsExactlyInAnyOrderElementsOf(StyleCatalogue.shipped().styleIds());
  }

  @Test
  void theLocaleListNamesEveryCslLocale() throws IOException {
    URL any = StyleListTest.class.getResource("/locales-en-US.xml");
    assertThat(any).isNotNull();
    JarURLConnection connection = (JarURLConnection) any.openConnection();
    List<String> inArtifact;
    try (JarFile jar = new JarFile(connection.getJarFileURL().getPath())) {
      inArtifact =
          jar.stream()
              .map(e -> e.getName())
              .filter(n -> n.startsWith("locales-") && n.endsWith(".xml"))
              .map(n -> n.substring("locales-".length(), n.length() - ".xml".length()))
              .toList();
    }
    assertThat(StyleCatalogue.shipped().localeTags())
        .containsExactlyInAnyOrderElementsOf(inArtifact);
  }

  @Test
  void everyListedStyleIsAnIndependentStyleAtTheRootOfTheStylesArtifact() {
    for (String id : StyleCatalogue.shipped().styleIds()) {
      assertThat(StyleListTest.class.getResource("/" + id + ".csl")).as(id).isNotNull();
      assertThat(StyleCatalogue.shipped().style(id).xml())
          .as(id)
          .doesNotContain("rel=\"independent-parent\"");
    }
  }
}
