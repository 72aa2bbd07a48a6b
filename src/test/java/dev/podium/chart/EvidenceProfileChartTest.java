package dev.podium.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class EvidenceProfileChartTest {
  private static final ProfileData DATA =
      new ProfileData(
          List.of(2023, 2024, 2025),
          List.of(
              new ProfileData.Row("Deception", List.of(1, 2, 0), List.of(0, 1, 0)),
              new ProfileData.Row("Governance", List.of(3, 0, 4), List.of(1, 0, 2))),
          "Dr Pat Speaker");

  private static String svg() {
    return SvgCharts.svg(EvidenceProfileChart.create(DATA, "DejaVu Sans"), 480, 240);
  }

  @Test
  void theSvgParsesAndLabelsEveryNonZeroSegmentAndEveryAuthoredYearWithItsCount() throws Exception {
    Document document =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new InputSource(new StringReader(svg())));
    NodeList texts = document.getElementsByTagName("text");
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < texts.getLength(); i++) {
      labels.add(texts.item(i).getTextContent());
    }
    // Segments: 1, 2, 3, 4 (zeros are not labelled); dots: 1 (2023), 1 (2024), 2 (2025).
    assertThat(labels).contains("Deception", "Governance", "Dr Pat Speaker", "2023", "2024", "2025");
    assertThat(labels.stream().filter(l -> l.equals("3")).count()).isGreaterThanOrEqualTo(1);
    assertThat(labels.stream().filter(l -> l.equals("4")).count()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void theSameDataGivesTheSameBytes() {
    assertThat(svg()).isEqualTo(svg());
  }
}
