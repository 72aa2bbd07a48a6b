package dev.podium.load;

/** A place in a seed file, 1-based, as editors count lines and columns. */
public record Location(String file, int line, int column) {

  /** The start of a file, for problems that concern the file as a whole. */
  public static Location startOf(String file) {
    return new Location(file, 1, 1);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
