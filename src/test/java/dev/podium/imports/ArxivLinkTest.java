package dev.podium.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArxivLinkTest {

  @Test
  void onlyArxivAbstractAndPdfPagesGiveAnId() {
    assertThat(ArxivLink.id("https://arxiv.org/abs/2401.05566")).isEqualTo("2401.05566");
    assertThat(ArxivLink.id("https://arxiv.org/pdf/2310.05876")).isEqualTo("2310.05876");
    assertThat(ArxivLink.id("https://arxiv.org/pdf/2310.05876v2.pdf")).isEqualTo("2310.05876");
    assertThat(ArxivLink.id("http://arxiv.org/abs/hep-th/9901001")).isEqualTo("hep-th/9901001");
    assertThat(ArxivLink.id("https://www.anthropic.com/news/sleeper-agents")).isNull();
    assertThat(ArxivLink.id("https://example.org/arxiv.org/abs/2401.05566")).isNull();
    assertThat(ArxivLink.id(null)).isNull();
  }
}
