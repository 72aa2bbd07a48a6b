package dev.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderWatcherTest {
  @TempDir Path seeds;

  @Test
  void scratchFilesAndTheOutputFolderAreNotChanges() throws Exception {
    Path out = seeds.resolve("briefs");
    try (FolderWatcher watcher = new FolderWatcher(List.of(seeds), out)) {
      Files.writeString(seeds.resolve(".stances.yaml.swp"), "vim");
      Files.writeString(seeds.resolve("stances.yaml~"), "backup");
      Files.writeString(seeds.resolve("#stances.yaml#"), "emacs");
      Files.writeString(seeds.resolve(".stances.yaml.123.tmp"), "podium");
      Files.createDirectories(out);
      Path stances = Files.writeString(seeds.resolve("stances.yaml"), "stances: []\n");
      // Only the real file counts, however the events are split into bursts.
      assertThat(watcher.awaitChanges()).containsExactly(stances);
    }
  }

  @Test
  void filesInAFolderCreatedWhileWatchingAreSeen() throws Exception {
    try (FolderWatcher watcher = new FolderWatcher(List.of(seeds), seeds.resolve("briefs"))) {
      Path persona = Files.createDirectories(seeds.resolve("personas/jane-doe"));
      assertThat(watcher.awaitChanges()).contains(seeds.resolve("personas"));
      Path file = Files.writeString(persona.resolve("persona.yaml"), "name: Jane\n");
      Set<Path> changed;
      do {
        changed = watcher.awaitChanges();
      } while (changed != null && !changed.contains(file));
      assertThat(changed).contains(file);
    }
  }

  /** As a checkout or `rm -rf seeds && cp -r …` does: the watched folder goes and comes back. */
  @Test
  void aWatchedFolderThatIsRemovedAndMadeAgainIsWatchedAgain(@TempDir Path parent)
      throws Exception {
    Path root = Files.createDirectories(parent.resolve("seeds"));
    try (FolderWatcher watcher = new FolderWatcher(List.of(root), parent.resolve("briefs"))) {
      Files.delete(root);
      Set<Path> changed;
      do {
        changed = watcher.awaitChanges();
      } while (changed != null && !changed.contains(root));
      assertThat(changed).as("the folder's removal is a change").contains(root);

      Files.createDirectories(root);
      assertThat(watcher.awaitChanges()).as("its return is one").contains(root);
      Path file = Files.writeString(root.resolve("stances.yaml"), "stances: []\n");
      do {
        changed = watcher.awaitChanges();
      } while (changed != null && !changed.contains(file));
      assertThat(changed).as("and edits in it are seen again").contains(file);
    }
  }

  @Test
  void closingEndsAWait() throws Exception {
    FolderWatcher watcher = new FolderWatcher(List.of(seeds), seeds.resolve("briefs"));
    CompletableFuture<Set<Path>> waiting = CompletableFuture.supplyAsync(watcher::awaitChanges);
    watcher.close();
    assertThat(waiting.get(60, TimeUnit.SECONDS)).isNull();
  }

  @Test
  void scratchFileNames() {
    for (String name :
        List.of(
            ".persona.yaml.swp",
            ".themes.yaml.swo",
            "4913",
            "evidence.yaml~",
            "#themes.yaml#",
            ".#themes.yaml",
            "themes.yaml___jb_tmp___",
            ".themes.yaml.kate-swp",
            ".goutputstream-X1Y2",
            ".moderator.md.8123.tmp",
            ".DS_Store",
            "persona.yaml.orig")) {
      assertThat(ScratchFiles.isScratch(Path.of("seeds", name))).as(name).isTrue();
    }
    for (String name :
        List.of(
            "persona.yaml",
            "themes.yaml",
            "moderator.md.mustache",
            "listing-2025.txt",
            "card.md.mustache",
            "ai-2027.yaml")) {
      assertThat(ScratchFiles.isScratch(Path.of("seeds", name))).as(name).isFalse();
    }
  }
}
