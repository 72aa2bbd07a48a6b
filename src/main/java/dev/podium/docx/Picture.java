package dev.podium.docx;

/**
 * A PNG image the document shows where its Markdown links a file of that name, and the size it is
 * shown at, in points. The bytes are not copied: do not change them once given.
 */
public record Picture(byte[] png, float width, float height) {
  public Picture {
    if (png == null || png.length == 0) {
      throw new IllegalArgumentException("png: a picture needs its PNG bytes");
    }
    if (!(width > 0) || !(height > 0)) {
      throw new IllegalArgumentException(
          "width, height: must be positive, were " + width + " and " + height);
    }
  }
}
