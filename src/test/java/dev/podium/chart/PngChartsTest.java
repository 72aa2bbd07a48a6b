package dev.podium.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngChartsTest {
  private static final Chart CHART =
      EvidenceProfileChart.create(
          new ProfileData(
              2024,
              List.of(
                  new ProfileData.Row(
                      "Deception (3)",
                      List.of(new ProfileData.Cell(1, 1, 0), new ProfileData.Cell(2, 0, 1))))),
          ChartFonts.bundled());

  @Test
  void aChartIsDrawnAtTheResolutionAskedOnWhiteTheSameBytesEachTime() throws Exception {
    byte[] png = PngCharts.png(CHART, 300);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo((int) Math.ceil(CHART.width() * 300 / 72.0));
    assertThat(image.getHeight()).isEqualTo((int) Math.ceil(CHART.height() * 300 / 72.0));
    assertThat(image.getRGB(0, 0) & 0xffffff).isEqualTo(0xffffff);
    assertThat(PngCharts.png(CHART, 300)).isEqualTo(png);
  }

  @Test
  void aResolutionOutsideScreenToPhotosetterIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PngCharts.png(CHART, 10))
        .withMessage("dpi must be between 72 and 1200, was 10");
  }
}
