package dev.podium.hygiene;

import dev.podium.hygiene.BriefText.Block;
import dev.podium.hygiene.BriefText.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text no preparer would sign, found by pattern: phrases Podium once printed, internal file paths
 * and vocabulary, instructions to edit files or run commands, placeholders and leaked values, and
 * an abstract's own "we" passed off as the brief's words. Verbatim text (“quoted” spans, reference
 * entries) is exempt where the rule is about the brief's own words; URLs are never file paths.
 */
final class ForbiddenText {
  static final String PHRASE = "forbidden phrase";
  static final String PATH = "internal file path";
  static final String VOCABULARY = "internal vocabulary";
  static final String INSTRUCTION = "instruction to edit files or run commands";
  static final String PLACEHOLDER = "placeholder or leaked value";
  static final String ABSTRACT_VOICE = "an abstract's own voice, unquoted";

  private static final List<Pattern> PHRASES =
      List.of(Pattern.compile("(?i)none curated yet"), Pattern.compile("(?i)\\bthe 1 records\\b"));

  /** URLs and DOIs: addresses, not file paths. */
  private static final Pattern ADDRESS =
      Pattern.compile(
          "(?i)\\b(?:https?|ftp)://\\S+|\\bwww\\.\\S+|\\bdoi:\\s*\\S+|\\b10\\.\\d{4,9}/\\S+");

  private static final List<Pattern> PATHS =
      List.of(
          // A folder of the repository, or of a persona's seeds.
          Pattern.compile(
              "(?<![\\w./-])(?:\\.{1,2}/)?"
                  + "(?:sources|seeds|templates|partials|briefs|src|target|personas|motions|schemas)"
                  + "/[\\w./-]*"),
          // A file name with an extension Podium reads or writes.
          Pattern.compile(
              "(?i)(?<![\\w/-])[\\w-]+(?:\\.[\\w-]+)*\\."
                  + "(?:ya?ml|txt|json|bib|csv|tsv|ris|mustache|md|markdown|java|properties"
                  + "|svg|png|jpe?g|pdf|html?|xml|docx?|zip|jar)(?![\\w-])"),
          // An absolute path on someone's machine.
          Pattern.compile(
              "(?<![\\w.:/])(?:~/|/(?:home|work|tmp|usr|etc|var|Users|mnt|opt|private)/)\\S*"),
          Pattern.compile("\\b[A-Z]:\\\\\\S+"),
          // The project's own documents.
          Pattern.compile("\\b(?:README|CHANGELOG|CONTRIBUTING)\\b"));

  /** A bare file name beside the brief, for its own charts. */
  private static final Pattern OWN_CHART = Pattern.compile("[\\w.-]+\\.svg");

  private static final Pattern URL_TARGET = Pattern.compile("(?i)^(?:https?|ftp|mailto):|^#");

  private static final List<Pattern> VOCABULARY_WORDS =
      List.of(Pattern.compile("(?i)\\b(?:seeds?|dossier|yaml)\\b(?!-)"));

  private static final List<Pattern> INSTRUCTIONS =
      List.of(
          Pattern.compile("(?i)\\bedit\\s"),
          Pattern.compile("(?i)`podium\\b"),
          Pattern.compile("(?i)\\brun\\s+`"),
          Pattern.compile(
              "(?i)\\bpodium\\s+(?:brief|check|draft|import|init|panel|explain|list|schema|watch"
                  + "|completion)\\b"),
          Pattern.compile("(?m)^\\s*\\$\\s+\\S"),
          Pattern.compile("(?<![\\w-])--[a-z][a-z-]{2,}\\b"),
          Pattern.compile("(?i)\\b(?:re-?run|re-?generate|re-?import)\\b"));

  private static final List<Pattern> PLACEHOLDERS =
      List.of(
          Pattern.compile("\\b(?:TODO|TBD|FIXME|XXX)\\b"),
          Pattern.compile("(?i)lorem"),
          Pattern.compile("\\{\\{|}}"),
          Pattern.compile("\\bnull\\b|\\bNaN\\b|\\bOptional\\["),
          // A Java record's toString, e.g. ThemeView[rank=1, ...
          Pattern.compile("\\b[A-Z][A-Za-z]+\\[[a-z]\\w*="));

  /**
   * A sentence that opens as an abstract does, in its authors' voice ("We show", "Our results"),
   * but is not quoted: the brief has copied the abstract and made it the speaker's claim.
   */
  private static final Pattern AUTHORS_VOICE =
      Pattern.compile(
          "(?:^|(?<=[.!?:;]\\s))(?:We\\s+(?:also\\s+|further\\s+|then\\s+|first\\s+)?"
              + "(?:show|find|found|demonstrate|propose|present|argue|introduce|report|observe|study"
              + "|evaluate|investigate|develop|describe|construct|train|analy[sz]e|conduct|release"
              + "|identify|examine|explore|test|measure|discuss|outline|consider|provide|offer"
              + "|suggest|call)"
              + "|Our\\s+(?:\\w+\\s+)?(?:results|findings|experiments|analysis|analyses|approach"
              + "|method|methods|work|paper|study|evaluation|algorithm|framework|model|system|contributions?)|In\\s+this\\s+(?:paper|work|study|article|position"
              + " paper|report)|To\\s+our\\s+(?:surprise|knowledge))\\b");

  private ForbiddenText() {}

  static List<Violation> phrases(BriefText brief) {
    return scan(brief, PHRASE, PHRASES, b -> true, UnaryOperator.identity());
  }

  static List<Violation> filePaths(BriefText brief) {
    List<Violation> found =
        scan(brief, PATH, PATHS, b -> true, text -> BriefText.blank(text, ADDRESS));
    for (BriefText.Target t : brief.targets()) {
      String target = t.target();
      if (!URL_TARGET.matcher(target).find() && !OWN_CHART.matcher(target).matches()) {
        found.add(
            new Violation(
                brief.name(),
                t.line(),
                PATH,
                (t.image() ? "image" : "link") + " target is a file path: " + target));
      }
    }
    return found;
  }

  static List<Violation> internalWords(BriefText brief) {
    return scan(
        brief,
        VOCABULARY,
        VOCABULARY_WORDS,
        b -> b.kind() != Kind.REFERENCE && b.kind() != Kind.FOOTER,
        BriefText::ownWords);
  }

  static List<Violation> instructions(BriefText brief) {
    return scan(
        brief,
        INSTRUCTION,
        INSTRUCTIONS,
        b -> b.kind() != Kind.REFERENCE,
        text -> BriefText.blank(BriefText.ownWords(text), ADDRESS));
  }

  static List<Violation> placeholders(BriefText brief) {
    return scan(
        brief, PLACEHOLDER, PLACEHOLDERS, b -> true, text -> BriefText.blank(text, ADDRESS));
  }

  static List<Violation> abstractVoice(BriefText brief) {
    return scan(brief, ABSTRACT_VOICE, List.of(AUTHORS_VOICE), Block::running, BriefText::ownWords);
  }

  private static List<Violation> scan(
      BriefText brief,
      String rule,
      List<Pattern> patterns,
      Predicate<Block> blocks,
      UnaryOperator<String> prepare) {
    List<Violation> found = new ArrayList<>();
    for (Block block : brief.blocks()) {
      if (!blocks.test(block)) {
        continue;
      }
      String text = prepare.apply(block.text());
      for (Pattern pattern : patterns) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
          found.add(
              new Violation(
                  brief.name(),
                  block.lineAt(m.start()),
                  rule,
                  "\""
                      + block.text().substring(m.start(), m.end()).strip()
                      + "\" in: "
                      + Violation.excerpt(block.text(), m.start(), m.end())));
        }
      }
    }
    found.sort(Comparator.comparingInt(Violation::line));
    return found;
  }
}
