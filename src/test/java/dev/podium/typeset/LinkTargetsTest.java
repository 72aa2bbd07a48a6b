package dev.podium.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkTargetsTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      nullValues = "none",
      value = {
        "https://example.org/a?b=c, https://example.org/a?b=c",
        "HTTP://EXAMPLE.ORG, HTTP://EXAMPLE.ORG",
        "mailto:someone@example.org, mailto:someone@example.org",
        "doi:10.1000/xyz, https://doi.org/10.1000/xyz",
        "DOI:10.1000/xyz, https://doi.org/10.1000/xyz",
        "javascript:alert(1), none",
        "file:///etc/passwd, none",
        "data:text/html;base64, none",
        "relative/page.html, none",
        "#anchor, none",
        "'', none",
        "https://exa mple.org, none",
      })
  void onlyWebMailAndDoiTargetsAreClickable(String destination, String expected) {
    assertThat(LinkTargets.clickable(destination)).isEqualTo(expected);
  }
}
