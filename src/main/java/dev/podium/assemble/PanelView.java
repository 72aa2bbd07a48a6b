package dev.podium.assemble;

import dev.podium.assemble.BriefView.MotionView;
import dev.podium.assemble.BriefView.ProvenanceView;
import dev.podium.assemble.BriefView.StyleView;
import java.util.List;

/**
 * The template context of a panel pack: each speaker's brief (as for a handout: key arguments with
 * one source each), a clash matrix of stance by speaker, the file name of the grid chart drawn from
 * it ({@code null}: no charts), and questions that set speakers against each other where they
 * clash.
 */
public record PanelView(
    MotionView motion,
    StyleView style,
    List<SpeakerView> speakers,
    List<ClashRowView> stances,
    String gridFile,
    int clashCount,
    List<ClashQuestionView> questions,
    ProvenanceView provenance) {

  /** One speaker: the brief assembled for them, and their place in the list. */
  public record SpeakerView(BriefView brief, boolean last) {}

  /** One stance of the matrix; {@code clash} when one speaker is for and another against. */
  public record ClashRowView(String stance, String label, List<CellView> cells, boolean clash) {}

  /**
   * Where a speaker stands on a stance: the side they argue from when they have evidence on it,
   * otherwise silent; of their {@code count} records on it, {@code bearFor} and {@code bearAgainst}
   * bear each way, and {@code split} when as many bear each way.
   */
  public record CellView(
      String speaker,
      String side,
      int count,
      boolean isFor,
      boolean isAgainst,
      boolean silent,
      int bearFor,
      int bearAgainst,
      boolean split) {}

  /**
   * A question for {@code ask}: answer what {@code from} argues on this stance, with the record
   * {@code from} rests it on.
   */
  public record ClashQuestionView(
      String label,
      String ask,
      String askSide,
      String from,
      String fromSide,
      String claim,
      String sourceTitle,
      int sourceYear) {}
}
