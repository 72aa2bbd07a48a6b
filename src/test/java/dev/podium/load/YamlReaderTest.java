package dev.podium.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlReaderTest {
  private final Diagnostics diagnostics = new Diagnostics();
  private final YamlReader reader = new YamlReader();

  private Node parse(String yaml) {
    return reader.parse(yaml, "x.yaml", diagnostics);
  }

  private String messages() {
    return String.join("\n", diagnostics.sorted().stream().map(Diagnostic::format).toList());
  }

  @Test
  void remembersLineAndColumnOfEveryValue() {
    Node root = parse("id: a\nlist:\n  - one\n  - two: 2\n");
    Node.Mapping mapping = (Node.Mapping) root;
    assertThat(mapping.get("id").location()).isEqualTo(new Location("x.yaml", 1, 5));
    Node.Sequence list = (Node.Sequence) mapping.get("list");
    assertThat(list.items().get(0).location()).isEqualTo(new Location("x.yaml", 3, 5));
    Node.Mapping second = (Node.Mapping) list.items().get(1);
    assertThat(second.get("two"))
        .isEqualTo(new Node.Scalar("2", Node.Scalar.Kind.INTEGER, new Location("x.yaml", 4, 10)));
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void refusesAliasesWithAClearMessage() {
    assertThat(parse("a: &x hello\nb: *x\n")).isNull();
    assertThat(messages())
        .isEqualTo(
            "x.yaml:2:4: YAML alias *x is not supported; write the value out in full instead of"
                + " using & and *");
  }

  @Test
  void reportsTabsWithTheirPlace() {
    assertThat(parse("a:\n\t- b\n")).isNull();
    assertThat(messages()).startsWith("x.yaml:2:1: tab character in YAML; indent with spaces");
  }

  @Test
  void reportsDuplicateKeysAtTheSecondOne() {
    parse("a: 1\nb: 2\na: 3\n");
    assertThat(messages())
        .isEqualTo("x.yaml:3:1: duplicate key 'a' (first at line 1); keep only one");
  }

  @Test
  void reportsEmptyFiles() {
    assertThat(parse("  \n# only a comment\n")).isNull();
    assertThat(messages()).isEqualTo("x.yaml:1:1: file is empty; expected a YAML mapping");
  }

  @Test
  void reportsMalformedYamlOnOneLine() {
    assertThat(parse("a: [1, 2\nb: c\n")).isNull();
    assertThat(diagnostics.sorted()).hasSize(1);
    assertThat(messages()).startsWith("x.yaml:").contains("malformed YAML").doesNotContain("\n");
  }

  @Test
  void reportsASecondDocument() {
    parse("a: 1\n---\nb: 2\n");
    assertThat(messages())
        .isEqualTo("x.yaml:3:1: a second YAML document starts here; put one document in each file");
  }

  @Test
  void acceptsByteOrderMarkAndCrlf() {
    Node root = parse("\uFEFFa: 1\r\nb: two\r\n");
    assertThat(((Node.Mapping) root).get("b")).isInstanceOf(Node.Scalar.class);
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void reportsInvalidUtf8WithItsPlace(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.yaml");
    byte[] text = "a: ok\nb: caf".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[text.length + 2];
    System.arraycopy(text, 0, bytes, 0, text.length);
    bytes[text.length] = (byte) 0xC3;
    bytes[text.length + 1] = (byte) 0x28;
    Files.write(file, bytes);
    assertThat(reader.read(file, "bad.yaml", diagnostics)).isNull();
    assertThat(messages()).isEqualTo("bad.yaml:2:7: invalid UTF-8; save the file as UTF-8");
  }

  @Test
  void refusesFilesOverTheSizeLimit(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("big.yaml");
    Files.write(file, new byte[YamlReader.MAX_BYTES + 1]);
    assertThat(reader.read(file, "big.yaml", diagnostics)).isNull();
    assertThat(messages()).startsWith("big.yaml:1:1: file is larger than 16 MiB");
  }

  @Test
  void refusesDeepNesting() {
    assertThat(parse("a: " + "[".repeat(200) + "]".repeat(200) + "\n")).isNull();
    assertThat(messages()).contains("nested deeper than");
  }
}
