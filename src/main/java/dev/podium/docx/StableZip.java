package dev.podium.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a package as POI saved it so that the same parts give the same bytes: POI stamps each
 * zip entry with the clock and orders entries as it happens to hold them. Here the content types
 * come first (as readers that stream a package expect), then the parts in name order, each entry
 * dated with the document's own date.
 */
final class StableZip {
  private static final String CONTENT_TYPES = "[Content_Types].xml";

  private StableZip() {}

  /**
   * The same entries as {@code zip}, reordered and dated {@code time} (a local date and time, as
   * zip entries hold; no time zone enters).
   */
  static byte[] rewrite(byte[] zip, LocalDateTime time) {
    Map<String, byte[]> entries =
        new TreeMap<>((a, b) -> rank(a) != rank(b) ? rank(a) - rank(b) : a.compareTo(b));
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        if (!entry.isDirectory()) {
          entries.put(entry.getName(), in.readAllBytes());
        }
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length + 1024);
      try (ZipOutputStream out = new ZipOutputStream(bytes)) {
        for (Map.Entry<String, byte[]> part : entries.entrySet()) {
          ZipEntry entry = new ZipEntry(part.getKey());
          entry.setTimeLocal(time);
          out.putNextEntry(entry);
          out.write(part.getValue());
          out.closeEntry();
        }
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rewrite the DOCX package in memory", e);
    }
  }

  private static int rank(String name) {
    return name.equals(CONTENT_TYPES) ? 0 : 1;
  }
}
