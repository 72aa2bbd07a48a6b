package dev.podium.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Base64;

/**
 * The images a page embeds that are not charts: PNG or JPEG files inside one folder, as data URLs,
 * so the page stays one file that loads nothing. Remote images and paths that leave the folder are
 * refused, as the PDF refuses them.
 */
final class LocalImages {
  private final Path root;

  LocalImages(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /**
   * The image at {@code destination} as a data URL; an {@link HtmlException} at the place if not.
   */
  String dataUrl(String destination, int line, int column) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(resolve(destination, line, column));
    } catch (IOException e) {
      throw new HtmlException(line, column, "cannot read image '" + destination + "'");
    }
    String type = isPng(bytes) ? "image/png" : isJpeg(bytes) ? "image/jpeg" : null;
    if (type == null) {
      throw new HtmlException(line, column, "image '" + destination + "' is neither PNG nor JPEG");
    }
    return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
  }

  private Path resolve(String destination, int line, int column) {
    if (destination.contains(":")) {
      throw new HtmlException(
          line,
          column,
          "image '"
              + destination
              + "' is not a local file; the HTML embeds only local PNG and JPEG");
    }
    try {
      Path file = root.resolve(destination).normalize();
      if (!file.startsWith(root)) {
        throw new HtmlException(
            line, column, "image '" + destination + "' lies outside the brief's folder");
      }
      if (!Files.isRegularFile(file)) {
        throw new HtmlException(line, column, "image '" + destination + "' not found");
      }
      return file;
    } catch (InvalidPathException e) {
      throw new HtmlException(line, column, "image '" + destination + "' is not a valid path");
    }
  }

  private static boolean isPng(byte[] b) {
    return b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
  }

  private static boolean isJpeg(byte[] b) {
    return b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff;
  }
}
