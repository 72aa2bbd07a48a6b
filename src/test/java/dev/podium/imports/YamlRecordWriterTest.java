package dev.podium.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.load.Diagnostic;
import dev.podium.load.Diagnostics;
import dev.podium.load.EvidenceFile;
import dev.podium.load.Node;
import dev.podium.load.RecordBinder;
import dev.podium.load.SourceMap;
import dev.podium.load.YamlReader;
import dev.podium.model.Evidence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YamlRecordWriterTest {
  static EvidenceFile read(String yaml) {
    Diagnostics diagnostics = new Diagnostics();
    Node root = new YamlReader().parse(yaml, "evidence.yaml", diagnostics);
    EvidenceFile file =
        root == null
            ? null
            : new RecordBinder(diagnostics, new SourceMap("evidence.yaml"))
                .bind(root, EvidenceFile.class, "");
    assertThat(diagnostics.sorted()).extracting(Diagnostic::format).isEmpty();
    return file;
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void anyEvidenceFileReadsBackEqual(long seed) {
    RandomEvidence random = new RandomEvidence(seed);
    for (int round = 0; round < 50; round++) {
      List<Evidence> records = new ArrayList<>();
      int n = 1 + random.random().nextInt(4);
      for (int i = 0; i < n; i++) {
        records.add(random.evidence());
      }
      EvidenceFile file =
          new EvidenceFile(
              random.random().nextBoolean()
                  ? null
                  : new EvidenceFile.Imported(
                      new EvidenceFile.ListingImport("sources/" + random.text(3), 2026)),
              records);
      String yaml =
          YamlRecordWriter.write(List.of("header", random.text(5).replace('\n', ' ')), file);
      assertThat(read(yaml)).as(yaml).isEqualTo(file);
      assertThat(YamlRecordWriter.write(List.of("header"), read(yaml)))
          .isEqualTo(YamlRecordWriter.write(List.of("header"), file));
    }
  }

  @Test
  void writesReadableYamlInRecordOrderWithDefaultsLeftOut() {
    Evidence e =
        new Evidence(
            "sleeper-agents",
            "Sleeper Agents: Training Deceptive LLMs",
            List.of("Evan Hubinger", "Carson Denison"),
            true,
            LocalDate.of(2024, 1, 10),
            "CR",
            null,
            List.of(),
            "Humans are capable of strategically deceptive behavior: behaving helpfully in most"
                + " situations, but then behaving very differently.",
            List.of("deception"),
            List.of("deception: deceptive (title)"),
            "We find that such \"backdoor\" behavior can be made persistent.",
            List.of("We find that such \"backdoor\" behavior can be made persistent."),
            false,
            true,
            93.1,
            List.of(),
            null,
            null);
    String yaml =
        YamlRecordWriter.write(List.of("Evidence.", ""), new EvidenceFile(null, List.of(e)));
    assertThat(yaml)
        .isEqualTo(
            """
            # Evidence.
            #
            evidence:
              - id: sleeper-agents
                title: "Sleeper Agents: Training Deceptive LLMs"
                authors: ["Evan Hubinger", "Carson Denison"]
                et_al: true
                date: "2024-01-10"
                category: "CR"
                abstract: "Humans are capable of strategically deceptive behavior: behaving helpfully in most
                  situations, but then behaving very differently."
                stances: [deception]
                matched_terms: ["deception: deceptive (title)"]
                finding: "We find that such \\"backdoor\\" behavior can be made persistent."
                quotes: ["We find that such \\"backdoor\\" behavior can be made persistent."]
                code: true
                score: 93.1
            """);
    assertThat(yaml.lines()).allMatch(line -> line.length() <= YamlRecordWriter.WIDTH);
  }

  @Test
  void aFalseThatMayBeAbsentIsSomeonesWordAndIsWritten() {
    Evidence e = Edits.paper("p", "A paper", "We find that it works.");
    assertThat(
            YamlRecordWriter.write(
                List.of("h"),
                new EvidenceFile(null, List.of(Edits.with(e, "speaker_authored", false)))))
        .contains("    speaker_authored: false\n")
        .doesNotContain("key:");
    assertThat(YamlRecordWriter.write(List.of("h"), new EvidenceFile(null, List.of(e))))
        .doesNotContain("speaker_authored");
  }
}
