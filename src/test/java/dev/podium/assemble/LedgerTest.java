package dev.podium.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LedgerTest {
  @Test
  void aSentenceShownOnceIsSeenInsideALaterTextAndALongOneInsideALongerText() {
    Ledger ledger = new Ledger();
    ledger.add(
        "Retraining mitigates, but does not eliminate, reward tampering in later environments.");
    assertThat(ledger.seen("mitigates, but does not eliminate, reward tampering")).isTrue();
    assertThat(
            ledger.seen(
                "“Sycophancy” (2024) reports: “Retraining mitigates, but does not eliminate, reward"
                    + " tampering in later environments.”"))
        .isTrue();
    assertThat(ledger.seen("A different sentence about reward tampering.")).isFalse();
  }

  @Test
  void aReservedWarrantIsKeptForItsCardButNotShownYet() {
    Ledger ledger = new Ledger();
    ledger.reserve(
        "Our results suggest that standard techniques could fail to remove such deception.");
    assertThat(
            ledger.reserved(
                "Our results suggest that standard techniques could fail to remove such"
                    + " deception."))
        .isTrue();
    assertThat(
            ledger.seen(
                "Our results suggest that standard techniques could fail to remove such"
                    + " deception."))
        .isFalse();
  }

  @Test
  void aRecordIsCitedInFullOnItsFirstCardOnly() {
    Ledger ledger = new Ledger();
    assertThat(ledger.firstCard("sleeper-agents")).isTrue();
    assertThat(ledger.firstCard("sleeper-agents")).isFalse();
    assertThat(ledger.firstCard("relearn")).isTrue();
  }
}
