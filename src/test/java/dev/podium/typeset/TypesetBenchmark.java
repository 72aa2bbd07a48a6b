package dev.podium.typeset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Measures in-process typesetting of the committed moderator brief: one cold run (fonts loaded),
 * then a warm-up, then timed runs, printing the median. A main class, not a test: timings vary by
 * machine and are for reading, never for asserting. Run from the repository root (see README).
 */
public final class TypesetBenchmark {
  private static final Path BRIEF = Path.of("briefs/fazl-barez/ai-autonomy-over-life/moderator.md");
  private static final int WARM_UP = 50;
  private static final int RUNS = 100;

  private TypesetBenchmark() {}

  public static void main(String[] args) throws Exception {
    String markdown = Files.readString(BRIEF);
    PdfSettings settings =
        new PdfSettings(
            Paper.A4,
            null,
            "Dr Fazl Barez",
            "AI should be granted autonomous decision-making power" + " over human life.",
            List.of("Deception and hidden behaviour"),
            "Podium benchmark",
            "Dr Fazl Barez",
            "AI autonomy over human life",
            LocalDate.of(2026, 4, 24),
            List.of(),
            BRIEF.getParent(),
            Map.of());

    long start = System.nanoTime();
    PdfTypesetter typesetter = new PdfTypesetter();
    int size = typesetter.typeset(markdown, settings).pdf().length;
    double cold = millis(System.nanoTime() - start);

    for (int i = 0; i < WARM_UP; i++) {
      typesetter.typeset(markdown, settings);
    }
    double[] times = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long t = System.nanoTime();
      typesetter.typeset(markdown, settings);
      times[i] = millis(System.nanoTime() - t);
    }
    Arrays.sort(times);
    System.out.printf(
        "typeset %s (%d chars -> %d bytes of PDF)%n"
            + "cold (fonts loaded, first document): %.1f ms%n"
            + "warm, %d runs after %d warm-up: median %.1f ms, p10 %.1f ms, p90 %.1f ms%n",
        BRIEF,
        markdown.length(),
        size,
        cold,
        RUNS,
        WARM_UP,
        times[RUNS / 2],
        times[RUNS / 10],
        times[RUNS * 9 / 10]);
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }
}
