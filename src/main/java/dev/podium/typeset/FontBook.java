package dev.podium.typeset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.pdf.BaseFont;

/**
 * The fonts a brief is set in: one DejaVu family bundled through Maven (serif text faces, a mono
 * face, and DejaVu Sans for symbols the serif lacks), then any fallback fonts the user adds. Every
 * font is embedded as a subset. Not thread-safe: subset tags are reseeded per document, so the
 * bundled book is kept per thread.
 */
final class FontBook {
  private static final String BUNDLED = "/net/sf/jasperreports/fonts/dejavu/";

  private final BaseFont regular;
  private final BaseFont bold;
  private final BaseFont italic;
  private final BaseFont boldItalic;
  private final BaseFont mono;
  private final List<BaseFont> fallbacks;

  private FontBook(
      BaseFont regular,
      BaseFont bold,
      BaseFont italic,
      BaseFont boldItalic,
      BaseFont mono,
      List<BaseFont> fallbacks) {
    this.regular = regular;
    this.bold = bold;
    this.italic = italic;
    this.boldItalic = boldItalic;
    this.mono = mono;
    this.fallbacks = fallbacks;
  }

  // Parsing the six TrueType files costs more than setting a short brief, so each thread keeps
  // its own parsed copy. A BaseFont keeps no per-document state (the glyphs a document uses are
  // tracked by its writer), but its subset-tag random and file pointer are not thread-safe.
  private static final ThreadLocal<FontBook> BUNDLED_PER_THREAD =
      ThreadLocal.withInitial(FontBook::readBundled);

  /** The bundled family; fails only if the jar was built without its fonts. */
  static FontBook bundled() {
    return BUNDLED_PER_THREAD.get();
  }

  private static FontBook readBundled() {
    return new FontBook(
        bundled("DejaVuSerif.ttf"),
        bundled("DejaVuSerif-Bold.ttf"),
        bundled("DejaVuSerif-Italic.ttf"),
        bundled("DejaVuSerif-BoldItalic.ttf"),
        bundled("DejaVuSansMono.ttf"),
        List.of(bundled("DejaVuSans.ttf")));
  }

  /** This book with the given font files tried, in order, after the bundled fonts. */
  FontBook withFallbacks(List<Path> files) {
    if (files.isEmpty()) {
      return this;
    }
    List<BaseFont> all = new ArrayList<>(fallbacks);
    files.forEach(f -> all.add(load(f)));
    return new FontBook(regular, bold, italic, boldItalic, mono, List.copyOf(all));
  }

  /** The face for a style; bold and italic come from real faces, never simulated. */
  BaseFont face(boolean isBold, boolean isItalic, boolean isMono) {
    if (isMono) {
      return mono;
    }
    if (isBold) {
      return isItalic ? boldItalic : bold;
    }
    return isItalic ? italic : regular;
  }

  /** Fonts tried when the face lacks a character: bundled symbols first, then the user's. */
  List<BaseFont> fallbacks() {
    return fallbacks;
  }

  /** The bundled font that draws the visible replacement for a character no font covers. */
  BaseFont symbols() {
    return fallbacks.get(0);
  }

  /**
   * Seeds every font's subset tag (the six letters before a font's name in the PDF) from the
   * document's identity, so the same document gets the same tags in every run and JVM.
   */
  void seedSubsetTags(byte[] documentId) {
    for (BaseFont font : all()) {
      font.setSecureRandom(seededRandom(documentId, font.getPostscriptFontName()));
    }
  }

  private List<BaseFont> all() {
    List<BaseFont> all = new ArrayList<>(List.of(regular, bold, italic, boldItalic, mono));
    all.addAll(fallbacks);
    return all;
  }

  private static SecureRandom seededRandom(byte[] documentId, String fontName) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(documentId);
      digest.update(fontName.getBytes(StandardCharsets.UTF_8));
      // SHA1PRNG seeded before its first use is deterministic on every JDK; other algorithms
      // mix in system entropy.
      SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
      random.setSeed(digest.digest());
      return random;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256 or SHA1PRNG", e);
    }
  }

  private static BaseFont bundled(String file) {
    try (InputStream in = FontBook.class.getResourceAsStream(BUNDLED + file)) {
      if (in == null) {
        throw new IllegalStateException("bundled font " + file + " is missing from the jar");
      }
      return create(file, in.readAllBytes());
    } catch (IOException e) {
      throw new IllegalStateException("cannot read bundled font " + file, e);
    }
  }

  private static BaseFont load(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!(name.endsWith(".ttf") || name.endsWith(".otf"))) {
      throw new TypesetException(0, 0, file + ": not a font file Podium reads (.ttf or .otf)");
    }
    try {
      return create(name, Files.readAllBytes(file));
    } catch (IOException e) {
      throw new TypesetException(0, 0, file + ": cannot read font: " + e.getMessage());
    } catch (RuntimeException e) {
      // OpenPDF signals a malformed font with unchecked exceptions.
      throw new TypesetException(0, 0, file + ": not a usable font: " + e.getMessage());
    }
  }

  private static BaseFont create(String name, byte[] bytes) throws IOException {
    // Identity-H embeds a subset and covers all of Unicode; no global font cache.
    return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
  }
}
