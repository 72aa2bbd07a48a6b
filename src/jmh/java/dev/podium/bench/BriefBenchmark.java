package dev.podium.bench;

import dev.podium.SyntheticPersona;
import dev.podium.TestSeeds;
import dev.podium.assemble.BriefAssembler;
import dev.podium.assemble.BriefRequest;
import dev.podium.assemble.BriefView;
import dev.podium.assemble.CitationStyle;
import dev.podium.load.Diagnostics;
import dev.podium.load.DossierLoader;
import dev.podium.load.SeedsDirectory;
import dev.podium.model.Dossier;
import dev.podium.publish.BriefOrder;
import dev.podium.publish.FormatSettings;
import dev.podium.publish.Formats;
import dev.podium.publish.Publication;
import dev.podium.publish.PublishSettings;
import dev.podium.publish.Publisher;
import dev.podium.render.BriefRenderer;
import dev.podium.render.TemplateSource;
import dev.podium.typeset.Paper;
import dev.podium.typeset.PdfSettings;
import dev.podium.typeset.PdfTypesetter;
import dev.podium.typeset.TypesetResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The stages of a brief, each measured on its own and together: on the bundled persona and on
 * synthetic personas of 1,000 and 10,000 evidence records (seeded, so every run sees the same).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BriefBenchmark {
  @Param({"fazl-barez", "synthetic-1000", "synthetic-10000"})
  public String persona;

  private SeedsDirectory seeds;
  private TemplateSource templates;
  private Dossier dossier;
  private BriefView view;
  private BriefRenderer renderer;
  private String markdown;
  private PdfTypesetter typesetter;
  private PdfSettings pdf;
  private Publisher publisher;

  @Setup(Level.Trial)
  public void prepare() throws IOException {
    Path root = Files.createTempDirectory("podium-bench");
    Path dir = TestSeeds.copy(root);
    if (persona.startsWith("synthetic-")) {
      int count = Integer.parseInt(persona.substring("synthetic-".length()));
      SyntheticPersona.write(dir, persona, count, 20261123L);
    }
    seeds = new SeedsDirectory(dir, "seeds");
    templates =
        new TemplateSource(
            List.of(new TemplateSource.Root(Path.of("templates").toAbsolutePath(), "templates")));
    dossier = load();
    view = assemble();
    // One renderer and one typesetter for all briefs, as in a batch run: templates are compiled
    // and fonts read once.
    renderer = new BriefRenderer(templates);
    markdown = renderer.render("moderator", view);
    typesetter = new PdfTypesetter();
    Path scratch = root.resolve("out");
    publisher =
        new Publisher(
            "bench",
            new PublishSettings(
                parts -> scratch.resolve(String.join("/", parts)),
                Formats.parse("md,pdf"),
                new FormatSettings(Paper.A4, List.of()),
                true,
                templates));
    pdf =
        new PdfSettings(
            Paper.A4,
            null,
            view.persona().displayName(),
            view.motion().text(),
            List.of(),
            "Podium bench",
            view.persona().displayName(),
            view.motion().shortName(),
            view.provenance().asOf(),
            List.of(),
            dir,
            Map.of());
  }

  private Dossier load() {
    Diagnostics diagnostics = new Diagnostics();
    Dossier loaded = new DossierLoader(seeds).load(persona, "ai-autonomy-over-life", diagnostics);
    if (loaded == null) {
      throw new IllegalStateException("benchmark seeds do not load");
    }
    return loaded;
  }

  private BriefView assemble() {
    return new BriefAssembler("bench").assemble(dossier, BriefRequest.of("moderator"));
  }

  @Benchmark
  public Dossier loadAndCheck() {
    return load();
  }

  @Benchmark
  public BriefView assembleView() {
    return assemble();
  }

  @Benchmark
  public String renderMarkdown() {
    return renderer.render("moderator", view);
  }

  @Benchmark
  public TypesetResult typesetPdf() {
    return typesetter.typeset(markdown, pdf);
  }

  @Benchmark
  public String wholeBriefMarkdown() {
    Dossier loaded = load();
    BriefView assembled =
        new BriefAssembler("bench").assemble(loaded, BriefRequest.of("moderator"));
    return renderer.render("moderator", assembled);
  }

  /**
   * What {@code podium brief} does for one brief, through the same entry point: Markdown and PDF.
   */
  @Benchmark
  public Publication wholeBrief() throws IOException {
    return publisher.brief(seeds, order());
  }

  private BriefOrder order() throws IOException {
    return new BriefOrder(
        persona,
        seeds.motion("ai-autonomy-over-life"),
        List.of("moderator"),
        CitationStyle.named("ieee"),
        null,
        null,
        what -> {});
  }

  /** Whole briefs (Markdown and PDF) per second in one JVM, one thread per core, as --all runs. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Threads(Threads.MAX)
  public Publication briefsPerSecond() throws IOException {
    return publisher.brief(seeds, order());
  }
}
