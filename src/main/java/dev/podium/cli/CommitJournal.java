package dev.podium.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The record of a commit in progress: which complete temporary file goes over which target. A copy
 * is written into every folder the commit touches before the first file is moved, and all copies
 * are removed after the last; a run killed in between leaves them, and the next run that writes to
 * one of those folders (or reads the seeds) finishes the moves, so the folders hold the new set of
 * files, whole. Without a journal, temporary files are unfinished and are deleted.
 */
record CommitJournal(Map<Path, Path> moves) {
  /** The journal's name in each folder. */
  static final String NAME = ".podium-commit";

  CommitJournal {
    moves = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(moves));
  }

  /** The folders the commit touches. */
  Set<Path> folders() {
    Set<Path> folders = new LinkedHashSet<>();
    moves.values().forEach(target -> folders.add(target.getParent()));
    return folders;
  }

  /** The journal left in a folder by a commit that did not finish; null when there is none. */
  static CommitJournal pendingIn(Path folder) throws IOException {
    Path file = folder.resolve(NAME);
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    Map<Path, Path> moves = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        moves.put(Path.of(line.substring(0, tab)), Path.of(line.substring(tab + 1)));
      }
    }
    return new CommitJournal(moves);
  }

  /** Writes a copy into every folder, each complete on disk before it takes its name. */
  void record() throws IOException {
    StringBuilder text = new StringBuilder();
    moves.forEach((temp, target) -> text.append(temp).append('\t').append(target).append('\n'));
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    for (Path folder : folders()) {
      Path temp = folder.resolve(NAME + ".tmp");
      try (FileChannel out =
          FileChannel.open(
              temp,
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              StandardOpenOption.TRUNCATE_EXISTING)) {
        out.write(java.nio.ByteBuffer.wrap(bytes));
        out.force(true);
      }
      move(temp, folder.resolve(NAME));
    }
  }

  /** Moves every temporary file that is still there over its target, then forgets the journal. */
  void finish(Runnable beforeEachMove) throws IOException {
    for (Map.Entry<Path, Path> move : moves.entrySet()) {
      if (Files.exists(move.getKey(), LinkOption.NOFOLLOW_LINKS)) {
        beforeEachMove.run();
        move(move.getKey(), move.getValue());
      }
    }
    forget();
  }

  /** Removes every copy: the commit is complete. */
  void forget() throws IOException {
    List<Path> folders = new ArrayList<>(folders());
    for (Path folder : folders) {
      Files.deleteIfExists(folder.resolve(NAME));
      Files.deleteIfExists(folder.resolve(NAME + ".tmp"));
    }
  }

  static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
