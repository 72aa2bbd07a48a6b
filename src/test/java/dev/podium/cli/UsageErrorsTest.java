package dev.podium.cli;

import static dev.podium.cli.MainTest.podium;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.cli.MainTest.Run;
import org.junit.jupiter.api.Test;

/** Usage mistakes: one line that says what is wrong, a suggestion for a typo, and exit 2. */
class UsageErrorsTest {
  private static void assertUsage(Run run, String expected) {
    assertThat(run.code()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(expected);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aMisspeltCommandSuggestsTheNearestOne() {
    assertUsage(
        podium("breif"),
        "podium: unknown command 'breif'; commands: brief, panel, preview, check, explain, list,"
            + " import, export, init, draft, schema, completion, server\n"
            + "Did you mean 'podium brief'?\n");
    assertUsage(
        podium("import", "lisitng"),
        "podium: unknown command 'lisitng'; commands: listing, profile, bibtex, csl-json, ris\n"
            + "Did you mean 'podium import listing'?\n");
  }

  @Test
  void aMisspeltOptionSuggestsTheNearestOptionOfItsCommand() {
    assertUsage(
        podium("brief", "--knd", "opponent"),
        "podium: Unknown option: '--knd'\nDid you mean '--kind'?\n");
    assertUsage(
        podium("panel", "a", "b", "--fromat=pdf"),
        "podium: Unknown option: '--fromat=pdf'\nDid you mean '--format'?\n");
  }

  @Test
  void withNothingNearTheHelpIsNamedInstead() {
    assertUsage(
        podium("brief", "--zzzzzz"),
        "podium: Unknown option: '--zzzzzz'\nTry 'podium brief --help' for usage.\n");
    assertUsage(
        podium("xyzzy"),
        "podium: unknown command 'xyzzy'; commands: brief, panel, preview, check, explain, list,"
            + " import, export, init, draft, schema, completion, server\n"
            + "Try 'podium --help' for usage.\n");
  }

  @Test
  void fixedValuesNameTheValuesAndTheNearestOne() {
    assertUsage(
        podium("brief", "--side", "fr"),
        "podium: --side: expected for or against, got 'fr'; did you mean 'for'?\n"
            + "Try 'podium brief --help' for usage.\n");
    assertUsage(
        podium("brief", "--paper", "lettr"),
        "podium: --paper: expected a4 or letter, got 'lettr'; did you mean 'letter'?\n"
            + "Try 'podium brief --help' for usage.\n");
    assertUsage(
        podium("brief", "--format", "md,pfd"),
        "podium: unknown format 'pfd'; use md, pdf, html, docx or all; did you mean 'pdf'?\n");
    assertUsage(
        podium("brief", "fazl-barz"),
        "podium: unknown persona 'fazl-barz'; known: fazl-barez, philip-torr;"
            + " did you mean 'fazl-barez'?\n");
  }

  @Test
  void fixedValuesAreReadWhateverTheirCase() {
    Run run = podium("brief", "--paper", "LETTER", "--side", "For", "-o", "-");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("against the motion").contains("for");
  }

  @Test
  void aBadDateSaysWhatADateLooksLike() {
    assertUsage(
        podium("brief", "--date", "2024-13-01"),
        "podium: --date: expected a date as YYYY-MM-DD, got \"2024-13-01\"\n"
            + "Try 'podium brief --help' for usage.\n");
    assertUsage(
        podium("panel", "a", "b", "--date", "yesterday"),
        "podium: --date: expected a date as YYYY-MM-DD, got \"yesterday\"\n"
            + "Try 'podium panel --help' for usage.\n");
  }
}
