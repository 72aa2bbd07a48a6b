package dev.podium.judge;

import dev.podium.model.Domain;
import dev.podium.model.Evidence;
import dev.podium.model.Memo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of a motion's domains (medicine, weapons, vehicles, law) a speaker's records touch, and the
 * word in each record's title or abstract that shows it: a domain term as a whole word, in the
 * singular or plural.
 */
public final class DomainReach {
  /** Each brief searches for the same few terms; each is compiled once. */
  private static final Memo<String, Pattern> PATTERNS = new Memo<>(1024, DomainReach::pattern);

  private DomainReach() {}

  /** A domain and the records that touch it, in the order given. */
  public record Reach(Domain domain, List<Touch> touches) {
    public Reach {
      touches = List.copyOf(touches);
    }
  }

  /** A record that touches a domain, and the first of the domain's terms found in it. */
  public record Touch(Evidence evidence, String term) {}

  public static List<Reach> of(List<Domain> domains, List<Evidence> records) {
    List<Reach> reaches = new ArrayList<>();
    // Every domain searches the same texts; each is lowered once.
    List<String> texts =
        records.stream()
            .map(e -> (e.title() + " " + e.abstract_()).toLowerCase(Locale.ROOT))
            .toList();
    for (Domain domain : domains) {
      List<Pattern> patterns = domain.terms().stream().map(PATTERNS::get).toList();
      List<Touch> touches = new ArrayList<>();
      for (int r = 0; r < records.size(); r++) {
        Evidence e = records.get(r);
        String text = texts.get(r);
        for (int i = 0; i < patterns.size(); i++) {
          // A plain search rules out most terms far faster than the pattern's look-behind.
          if (!text.contains(domain.terms().get(i).toLowerCase(Locale.ROOT).strip())) {
            continue;
          }
          Matcher m = patterns.get(i).matcher(text);
          if (m.find()) {
            touches.add(new Touch(e, domain.terms().get(i)));
            break;
          }
        }
      }
      reaches.add(new Reach(domain, touches));
    }
    return reaches;
  }

  private static Pattern pattern(String term) {
    String words = Pattern.quote(term.toLowerCase(Locale.ROOT).strip());
    return Pattern.compile("(?<![\\p{L}\\p{N}-])" + words + "(?:s|es)?(?![\\p{L}\\p{N}-])");
  }
}
