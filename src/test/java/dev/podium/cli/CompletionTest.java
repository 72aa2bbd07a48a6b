package dev.podium.cli;

import static dev.podium.cli.MainTest.podium;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bash completion script completes option values and, through podium itself, ids. */
class CompletionTest {
  @TempDir Path temp;

  /**
   * What the script offers for each line, in a bash where {@code podium} answers {@code list --ids}
   * as the bundled seeds would and notes how it was asked.
   */
  private List<String> complete(String... lines) throws Exception {
    Path script = Files.writeString(temp.resolve("podium.bash"), podium("completion").out());
    StringBuilder test = new StringBuilder();
    test.append("source '").append(script).append("'\n");
    test.append(
        """
        podium() {
          local IFS=" "; echo "podium $*" >> calls.txt
          case $3 in
            personas) printf 'fazl-barez\\nphilip-torr\\n' ;;
            motions) printf 'ai-autonomy-over-life\\n' ;;
          esac
        }
        offer() {
          COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=()
          _podium_complete_with_ids 2>/dev/null
          echo "${COMPREPLY[*]}"
        }
        """);
    for (String line : lines) {
      test.append("offer ").append(line).append('\n');
    }
    Process bash =
        new ProcessBuilder("bash", "--norc", "-c", test.toString())
            .directory(temp.toFile())
            .redirectErrorStream(true)
            .start();
    String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(bash.waitFor()).as(out).isZero();
    return out.lines().toList();
  }

  @Test
  void fixedValuesOfOptionsAreOffered() throws Exception {
    assertThat(
            complete(
                "podium brief --kind op",
                "podium brief --paper ''",
                "podium brief --side ''",
                "podium panel --style ch",
                "podium brief --format ''"))
        .containsExactly(
            "opponent", "a4 letter", "for against", "chicago-author-date", "md pdf html docx all");
  }

  @Test
  void personaAndMotionIdsComeFromTheSeedsNamedOnTheLine() throws Exception {
    assertThat(
            complete(
                "podium brief f",
                "podium -q panel fazl-barez ''",
                "podium brief --motion ''",
                "podium import listing pubs.txt --persona p",
                "podium explain --seeds my-seeds ''",
                "podium init ''",
                "podium brief --date ''",
                "podium br"))
        .containsExactly(
            "fazl-barez",
            "fazl-barez philip-torr",
            "ai-autonomy-over-life",
            "philip-torr",
            "fazl-barez philip-torr",
            "",
            "",
            "brief");
    assertThat(Files.readAllLines(temp.resolve("calls.txt")))
        .contains("podium list --ids personas --seeds my-seeds")
        .contains("podium list --ids motions");
  }

  @Test
  void listIdsGivesOneIdALineAndIsLeftOutOfTheHelp() {
    assertThat(podium("list", "--ids", "personas").out()).isEqualTo("fazl-barez\nphilip-torr\n");
    assertThat(podium("list", "--ids", "motions").out()).isEqualTo("ai-autonomy-over-life\n");
    assertThat(podium("list", "--help").out()).doesNotContain("--ids");
  }
}
