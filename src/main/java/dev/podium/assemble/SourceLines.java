package dev.podium.assemble;

import dev.podium.assemble.BriefView.Item;
import dev.podium.assemble.BriefView.SourceView;
import dev.podium.judge.Authorship;
import dev.podium.model.AuthorName;
import dev.podium.model.Evidence;
import dev.podium.model.Persona;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Builds the cite line of a card or handout point from what the record says: the authors the
 * listing shows, the date, title and link, whose work it is, and the speaker's qualification from
 * his profile when it is his own.
 */
final class SourceLines {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private final Authorship authorship;
  private final String qualification;

  SourceLines(Authorship authorship, Persona persona) {
    this.authorship = authorship;
    this.qualification =
        persona.roles().isEmpty()
            ? null
            : persona.roles().get(0).title() + ", " + persona.roles().get(0).organisation();
  }

  SourceView of(Evidence e) {
    Authorship.Status status = authorship.status(e);
    String url = LinkPolicy.safe(e.url());
    List<String> authors =
        e.authors().stream().map(a -> ShownText.of(AuthorName.shown(a))).toList();
    return new SourceView(
        e.id(),
        Item.of(authors),
        e.etAl(),
        authors.isEmpty() ? null : authors.get(0),
        e.date().getYear(),
        DATE.format(e.date()),
        ShownText.of(e.title()),
        url,
        url == null ? null : shortUrl(url),
        status == Authorship.Status.AUTHOR,
        status == Authorship.Status.NOT_SHOWN,
        status == Authorship.Status.NOT_AUTHOR,
        status == Authorship.Status.AUTHOR ? qualification : null);
  }

  /** The link as a reader types it: no scheme, no "www.". */
  static String shortUrl(String url) {
    return url.replaceFirst("^https?://", "").replaceFirst("^www\\.", "").replaceFirst("/$", "");
  }
}
