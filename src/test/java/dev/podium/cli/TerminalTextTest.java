package dev.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {
  @Test
  void controlAndDirectionCharactersArePrintedAsTheirCodes() {
    assertThat(TerminalText.safe("a\u001B]0;title\u0007b\bc\u202Ed"))
        .isEqualTo("a\\u001B]0;title\\u0007b\\u0008c\\u202Ed");
  }

  @Test
  void ordinaryTextIsLeftAsItIs() {
    assertThat(TerminalText.safe("Müller – “quoted” 日本")).isEqualTo("Müller – “quoted” 日本");
  }
}
