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
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Supplier;
import org.openpdf.text.pdf.BaseFont;

/**
 * The fonts a brief is set in: one DejaVu family bundled through Maven (serif text faces, a mono
 * face, and DejaVu Sans for symbols the serif lacks), then any fallback fonts the user adds. Every
 * font is embedded as a subset. Not thread-safe: subset tags are reseeded per document, so each
 * document borrows a book of its own.
 */
final class FontBook {
  private static final String BUNDLED = "/net/sf/jasperreports/fonts/dejavu/";

  // Parsing the six TrueType files costs more than setting a short brief, so parsed copies are
  // kept for the next document. A BaseFont keeps no per-document state (the glyphs a document uses
  // are tracked by its writer), but its subset-tag random and file pointer are not thread-safe, so
  // a copy serves one document at a time. They are pooled rather than kept per thread: a server
  // runs each command on a new thread, which would parse the files afresh.
  private static final Deque<FontBook> IDLE = new ConcurrentLinkedDeque<>();

  /** Copies kept past this many are dropped; more than the cores would rarely be busy at once. */
  private static final int MOST_IDLE = 4;

  private final LazyFont regular;
  private final LazyFont bold;
  private final LazyFont italic;
  private final LazyFont boldItalic;
  private final LazyFont mono;
  private final List<LazyFont> fallbacks;

  private FontBook(
      LazyFont regular,
      LazyFont bold,
      LazyFont italic,
      LazyFont boldItalic,
      LazyFont mono,
      List<LazyFont> fallbacks) {
    this.regular = regular;
    this.bold = bold;
    this.italic = italic;
    this.boldItalic = boldItalic;
    this.mono = mono;
    this.fallbacks = fallbacks;
  }

  /**
   * The bundled family, for this caller alone until it is {@linkplain #giveBack given back}; fails
   * only if the jar was built without its fonts.
   */
  static FontBook borrow() {
    FontBook idle = IDLE.pollFirst();
    return idle != null ? idle : readBundled();
  }

  /** Ends a {@link #borrow}: the next document may use the book. */
  static void giveBack(FontBook book) {
    if (IDLE.size() < MOST_IDLE) {
      IDLE.offerFirst(book);
    }
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
    List<LazyFont> all = new ArrayList<>(fallbacks);
    // A user's font is read now, so a file that is no font is reported before anything is set.
    files.forEach(f -> all.add(LazyFont.of(load(f))));
    return new FontBook(regular, bold, italic, boldItalic, mono, List.copyOf(all));
  }

  /** The face for a style; bold and italic come from real faces, never simulated. */
  BaseFont face(boolean isBold, boolean isItalic, boolean isMono) {
    if (isMono) {
      return mono.get();
    }
    if (isBold) {
      return isItalic ? boldItalic.get() : bold.get();
    }
    return isItalic ? italic.get() : regular.get();
  }

  /**
   * Fonts tried when the face lacks a character: bundled symbols first, then the user's. Each is
   * read only when the iteration reaches it.
   */
  Iterable<BaseFont> fallbacks() {
    return () -> fallbacks.stream().map(LazyFont::get).iterator();
  }

  /** The font a user added whose PostScript name is {@code name}; null when there is none. */
  BaseFont added(String name) {
    // The first fallback is the bundled DejaVu Sans; the user's fonts follow it, already read.
    for (LazyFont font : fallbacks.subList(1, fallbacks.size())) {
      if (font.get().getPostscriptFontName().equals(name)) {
        return font.get();
      }
    }
    return null;
  }

  /** The bundled font that draws the visible replacement for a character no font covers. */
  BaseFont symbols() {
    return fallbacks.get(0).get();
  }

  /**
   * Seeds every font's subset tag (the six letters before a font's name in the PDF) from the
   * document's identity, so the same document gets the same tags in every run and JVM. A font first
   * read later in the document is seeded when it is read.
   */
  void seedSubsetTags(byte[] documentId) {
    for (LazyFont font : all()) {
      font.seed(documentId);
    }
  }

  private List<LazyFont> all() {
    List<LazyFont> all = new ArrayList<>(List.of(regular, bold, italic, boldItalic, mono));
    all.addAll(fallbacks);
    return all;
  }

  /**
   * A font parsed on first use: a brief usually needs three of the six bundled faces, and parsing
   * one is a noticeable part of a cold start.
   */
  private static final class LazyFont {
    private final Supplier<BaseFont> reader;
    private BaseFont font;
    private byte[] documentId;

    private LazyFont(Supplier<BaseFont> reader) {
      this.reader = reader;
    }

    static LazyFont of(BaseFont font) {
      return new LazyFont(() -> font);
    }

    BaseFont get() {
      if (font == null) {
        font = reader.get();
        if (documentId != null) {
          seed(documentId);
        }
      }
      return font;
    }

    void seed(byte[] id) {
      documentId = id;
      if (font != null) {
        font.setSecureRandom(seededRandom(id, font.getPostscriptFontName()));
      }
    }
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

  private static LazyFont bundled(String file) {
    return new LazyFont(() -> readBundled(file));
  }

  private static BaseFont readBundled(String file) {
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
    BaseFont font =
        BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
    // OpenPDF's CIDSet lists the glyphs the text uses but not the parts of composite glyphs that
    // the subset keeps, so PDF/UA checkers reject it; the set is optional, so leave it out.
    font.setIncludeCidSet(false);
    return font;
  }
}
