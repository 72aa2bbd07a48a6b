package dev.podium.typeset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.openpdf.text.Image;

/**
 * Loads the images a brief shows: PNG or JPEG files inside one folder. Remote images and paths that
 * leave the folder are refused, so a document cannot make the typesetter read elsewhere.
 */
final class LocalImages {
  private final Path root;

  LocalImages(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /**
   * The image at {@code destination}, shrunk (never enlarged) to fit the box; a {@link
   * TypesetException} at {@code place} if it cannot be used.
   */
  Image load(String destination, SourceLocator.Place place, float maxWidth, float maxHeight) {
    Image image = load(destination, place);
    if (image.getScaledWidth() > maxWidth || image.getScaledHeight() > maxHeight) {
      image.scaleToFit(maxWidth, maxHeight);
    }
    return image;
  }

  private Image load(String destination, SourceLocator.Place place) {
    Path file = resolve(destination, place);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw error(place, "cannot read image '" + destination + "'");
    }
    if (!isPng(bytes) && !isJpeg(bytes)) {
      throw error(place, "image '" + destination + "' is neither PNG nor JPEG");
    }
    try {
      return Image.getInstance(bytes);
    } catch (IOException | RuntimeException e) {
      // OpenPDF reports a damaged image with unchecked exceptions.
      throw error(place, "image '" + destination + "' cannot be decoded: " + e.getMessage());
    }
  }

  private Path resolve(String destination, SourceLocator.Place place) {
    if (destination.contains(":")) {
      throw error(
          place, "image '" + destination + "' is not a local file; only local PNG and JPEG print");
    }
    try {
      Path file = root.resolve(destination).normalize();
      if (!file.startsWith(root)) {
        throw error(place, "image '" + destination + "' lies outside the brief's folder");
      }
      if (!Files.isRegularFile(file)) {
        throw error(place, "image '" + destination + "' not found");
      }
      return file;
    } catch (InvalidPathException e) {
      throw error(place, "image '" + destination + "' is not a valid path");
    }
  }

  private static boolean isPng(byte[] b) {
    return b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
  }

  private static boolean isJpeg(byte[] b) {
    return b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff;
  }

  private static TypesetException error(SourceLocator.Place place, String message) {
    return new TypesetException(place.line(), place.column(), message);
  }
}
