package dev.podium.typeset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Collectors;
import org.openpdf.text.pdf.PdfDate;

/**
 * What makes a PDF the same bytes every time: an ID derived from its content instead of random
 * bytes, and dates from the settings instead of the clock.
 */
final class DocumentIdentity {
  private DocumentIdentity() {}

  /** 16 bytes that identify this Markdown typeset with these settings. */
  static byte[] of(String markdown, PdfSettings settings) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String part :
          new String[] {
            markdown,
            settings.paper().name(),
            String.valueOf(settings.title()),
            settings.author(),
            settings.subject(),
            String.join("\u0000", settings.keywords()),
            settings.creator(),
            settings.headerLeft(),
            settings.headerRight(),
            settings.date().toString(),
            settings.language()
          }) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      // Only documents with drawings hash them, so the others keep the identity they had.
      if (!settings.drawings().isEmpty()) {
        digest.update(drawings(settings).getBytes(StandardCharsets.UTF_8));
      }
      return Arrays.copyOf(digest.digest(), 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }

  /**
   * The drawings' names and sizes, in name order. What they show comes from the same data as the
   * Markdown around them, so the Markdown stands for their content.
   */
  private static String drawings(PdfSettings settings) {
    return settings.drawings().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(d -> d.getKey() + " " + d.getValue().width() + "x" + d.getValue().height())
        .collect(Collectors.joining("\u0000"));
  }

  /** Midnight UTC of the day, as a PDF date. */
  static PdfDate date(LocalDate day) {
    Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    calendar.clear();
    calendar.set(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
    return new PdfDate(calendar);
  }
}
