package dev.podium.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadingIdsTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Key arguments                                 | key-arguments",
        "1. Limits of unlearning: hard to remove       | 1-limits-of-unlearning-hard-to-remove",
        "Dr Fazl Barez: moderator’s brief              | dr-fazl-barez-moderator-s-brief",
        "Évidence «à charge»                           | evidence-a-charge",
        "Ελληνικά κείμενα                              | ελληνικα-κειμενα",
        "  --  ??                                      | section",
        "\"><script>alert(1)</script>                  | script-alert-1-script",
      })
  void aSlugIsTheWordsInLowerCaseJoinedByHyphens(String heading, String slug) {
    assertThat(HeadingIds.slug(heading)).isEqualTo(slug);
  }

  @Test
  void aLongHeadingIsCutAtAWordWithinTheLimit() {
    String slug =
        HeadingIds.slug(
            "Models trained on a curriculum of increasingly gameable environments generalised to"
                + " rewriting");
    assertThat(slug).isEqualTo("models-trained-on-a-curriculum-of-increasingly-gameable");
    assertThat(slug.length()).isLessThanOrEqualTo(HeadingIds.MAX_LENGTH);
  }

  @Test
  void repeatsAndReservedIdsGetTheNextFreeNumber() {
    HeadingIds ids = new HeadingIds(Set.of("chart-1-title"));
    assertThat(ids.next("Deception")).isEqualTo("deception");
    assertThat(ids.next("Deception 2")).isEqualTo("deception-2");
    assertThat(ids.next("Deception")).isEqualTo("deception-3");
    assertThat(ids.next("Chart 1 title")).isEqualTo("chart-1-title-2");
  }
}
