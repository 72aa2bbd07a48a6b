package dev.podium.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.model.Memo;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemoTest {
  @Test
  void computesEachKeyOnceAndStartsOverPastItsLimit() {
    List<String> computed = new ArrayList<>();
    Memo<String, Integer> memo =
        new Memo<>(
            2,
            key -> {
              computed.add(key);
              return key.length();
            });
    assertThat(memo.get("abc")).isEqualTo(3);
    assertThat(memo.get("abc")).isEqualTo(3);
    assertThat(memo.get("de")).isEqualTo(2);
    assertThat(computed).containsExactly("abc", "de");
    assertThat(memo.get("f")).isEqualTo(1);
    assertThat(memo.size()).isEqualTo(1);
    assertThat(memo.get("abc")).isEqualTo(3);
    assertThat(computed).containsExactly("abc", "de", "f", "abc");
  }

  @Test
  void anEditedTextIsReadAfresh() {
    String before = "We show that the method fails to detect deception.";
    String after = "We show that the method reliably detects deception.";
    assertThat(OutcomeReader.read("T", null, before).outcome())
        .isNotEqualTo(OutcomeReader.read("T", null, after).outcome());
    assertThat(OutcomeReader.read("T", null, before))
        .isEqualTo(OutcomeReader.read("T", null, before));
  }

  @Test
  void anEditedAbstractIsSplitAfreshAndNoSplitCanBeChanged() {
    String before = "We test it. It fails.";
    String after = "We test it. It works well.";
    assertThat(Sentences.of(before)).containsExactly("We test it.", "It fails.");
    assertThat(Sentences.of(after)).containsExactly("We test it.", "It works well.");
    assertThat(Sentences.of(before)).isSameAs(Sentences.of(before));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Sentences.of(before).add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
