package dev.podium.cli;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Names of files that editors and Podium itself write in passing: swap, backup, lock and temporary
 * files. A change to one of them is not a change to the seeds, so a watch ignores it.
 */
final class ScratchFiles {
  private static final Pattern SCRATCH =
      Pattern.compile(
          String.join(
              "|",
              "\\..*\\.sw[a-p]", // vim swap files: .persona.yaml.swp, .swo, …
              "\\d+", // vim's probe that a folder is writable: 4913, 5036, …
              ".*~", // backups of vim, emacs, gedit, nano
              "#.*#", // emacs auto-save
              "\\.#.*", // emacs lock links
              ".*___jb_(tmp|old)___", // JetBrains safe write
              "\\..*\\.kate-swp", // Kate
              "\\.goutputstream-.*", // GTK editors' safe write
              ".*\\.crswap", // browsers' file system access
              "\\.DS_Store",
              "\\..*\\.tmp", // AtomicFiles: .moderator.md.12345.tmp, and other hidden temporaries
              ".*\\.(tmp|bak|orig|swp)"));

  private ScratchFiles() {}

  static boolean isScratch(Path file) {
    Path name = file.getFileName();
    return name != null && SCRATCH.matcher(name.toString()).matches();
  }
}
