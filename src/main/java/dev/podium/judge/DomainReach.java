package dev.podium.judge;

import dev.podium.model.Domain;
import dev.podium.model.Evidence;
import dev.podium.model.Memo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    for (Domain domain : domains) {
      List<Touch> touches = new ArrayList<>();
      for (Evidence e : records) {
        int term = FIRST_TERMS.get(new Search(domain.terms(), e.title(), e.abstract_()));
        if (term >= 0) {
          touches.add(new Touch(e, domain.terms().get(term)));
        }
      }
      reaches.add(new Reach(domain, touches));
    }
    return reaches;
  }

  /**
   * Which of a domain's terms a record's text shows first depends on the terms and the text alone;
   * a server asks again for every brief on the motion.
   */
  private static final Memo<Search, Integer> FIRST_TERMS = new Memo<>(4096, DomainReach::firstTerm);

  private record Search(List<String> terms, String title, String abstract_) {}

  /** The index of the first term the text shows as a whole word, or -1. */
  private static int firstTerm(Search search) {
    String text = (search.title() + " " + search.abstract_()).toLowerCase(Locale.ROOT);
    for (int i = 0; i < search.terms().size(); i++) {
      String term = search.terms().get(i);
      // A plain search rules out most terms far faster than the pattern's look-behind.
      if (text.contains(term.toLowerCase(Locale.ROOT).strip())
          && PATTERNS.get(term).matcher(text).find()) {
        return i;
      }
    }
    return -1;
  }

  private static Pattern pattern(String term) {
    String words = Pattern.quote(term.toLowerCase(Locale.ROOT).strip());
    return Pattern.compile("(?<![\\p{L}\\p{N}-])" + words + "(?:s|es)?(?![\\p{L}\\p{N}-])");
  }
}
