package dev.podium.assemble;

import static dev.podium.assemble.Fixtures.argument;
import static dev.podium.assemble.Fixtures.dossier;
import static dev.podium.assemble.Fixtures.evidence;
import static dev.podium.assemble.Fixtures.motion;
import static dev.podium.assemble.Fixtures.persona;
import static dev.podium.assemble.Fixtures.theme;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.EvidenceCopy;
import dev.podium.model.Dossier;
import dev.podium.model.Evidence;
import dev.podium.model.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The opponent brief ranks lines by the damage they can do: the weight of the records behind a line
 * that bear his way, less half the weight of the records on file that answer it; the moderator
 * brief keeps the order of strength.
 */
class LineDamageTest {
  private final BriefAssembler assembler = new BriefAssembler("test");

  @Test
  void aLineThatManyRecordsAnswerRanksBelowOneThatNothingAnswers() {
    List<Evidence> records = new ArrayList<>();
    for (String id : List.of("a1", "a2")) {
      records.add(evidence(id, "2025-06-01", true, "alpha"));
    }
    for (String id : List.of("b1", "b2", "b4")) {
      records.add(evidence(id, "2025-06-01", true, "beta"));
    }
    for (String id : List.of("x1", "x2", "x3", "x4")) {
      records.add(bearingFor(evidence(id, "2025-06-01", false, "beta")));
    }
    Dossier d =
        dossier(
            persona(null),
            motion(Side.AGAINST, Side.AGAINST, Side.FOR),
            records,
            List.of(
                theme("alpha", argument("A holds.", "a1", "a2")),
                theme("beta", argument("B holds.", "b1", "b2", "b4"))));

    BriefView moderator = assembler.assemble(d, BriefRequest.of("moderator"));
    BriefView opponent = assembler.assemble(d, BriefRequest.of("opponent"));

    assertThat(moderator.themes())
        .extracting(BriefView.ThemeView::stance)
        .containsExactly("beta", "alpha");
    assertThat(opponent.themes())
        .extracting(BriefView.ThemeView::stance)
        .containsExactly("alpha", "beta");
    BriefView.ThemeView beta = opponent.themes().get(1);
    assertThat(beta.damage().hisWay()).isEqualTo(3);
    assertThat(beta.damage().own()).isEqualTo(3);
    assertThat(beta.damage().answeredBy()).isEqualTo(4);
    assertThat(beta.answers().otherWay())
        .extracting(BriefView.ReferenceView::id)
        .containsExactlyInAnyOrder("x1", "x2", "x3", "x4");
    assertThat(opponent.themes().get(0).damage().answered()).isFalse();
    assertThat(opponent.summary().strongest())
        .extracting(BriefView.LineRefView::label)
        .containsExactly("Alpha", "Beta");
    assertThat(opponent.summary().weakest().label()).isEqualTo("Beta");
    assertThat(opponent.summary().weakest().answeredBy()).isEqualTo(4);
  }

  private static Evidence bearingFor(Evidence e) {
    return EvidenceCopy.with(e, Map.of("bearing", Side.FOR, "bearingReason", "answers the line"));
  }
}
