package dev.podium.judge;

import dev.podium.model.Memo;
import dev.podium.model.Nullable;
import dev.podium.model.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads whether a record reports that something fails (a risk, an attack that works, a removal that
 * does not hold) or that something works (a method that succeeds, a machine that does better), from
 * cue words in its finding (counted twice) and the rest of its abstract and title; what the finding
 * alone reports is kept too. A cue right after a negation ("does not prevent", "fail to detect")
 * counts for the other outcome. Stateless and thread-safe.
 */
public final class OutcomeReader {
  /**
   * Words of failure and risk, as abstracts report them; a trailing {@code *} takes any ending.
   * Words that name a topic rather than report an outcome ("deception", "jailbreak", "backdoor")
   * are left out: a paper on detecting lies says "lie" throughout and reports that detection works.
   */
  static final List<String> FAILURE_CUES =
      List.of(
          "fail*",
          "cannot",
          "unable",
          "vulnerab*",
          "persist*",
          "evade*",
          "evading",
          "evasion",
          "conceal*",
          "harmful",
          "unsafe",
          "danger*",
          "risk",
          "risks",
          "risky",
          "threat*",
          "insufficient",
          "inadequate",
          "brittle*",
          "unreliab*",
          "exploit*",
          "manipulat*",
          "catastroph*",
          "relearn*",
          "regain*",
          "re-emerge*",
          "reemerge*",
          "resist*",
          "limitation*",
          "bypass*",
          "undermin*",
          "sabotag*",
          "degrad*",
          "instabilit*",
          "inconsistent*",
          "mislead*",
          "obstacle*",
          "pitfall*",
          "susceptib*",
          "worse",
          "difficult",
          "hard to",
          "lack*",
          "urgent*",
          "malicious",
          "misuse",
          "hidden",
          "covert*",
          "uncontroll*",
          "unintended",
          "unexpected*",
          "surprising*",
          "broadly");

  /**
   * Words of success: a method that works, a machine that does as well as or better than people.
   */
  static final List<String> SUCCESS_CUES =
      List.of(
          "outperform*",
          "better than",
          "more ethically",
          "more accurate*",
          "effective*",
          "successful*",
          "accurate",
          "accuracy",
          "reliabl*",
          "robustly",
          "guarantee*",
          "ensure*",
          "constrain*",
          "comply",
          "complies",
          "compliance",
          "adheren*",
          "safeguard*",
          "prevent*",
          "mitigat*",
          "alleviat*",
          "detect*",
          "benefit*",
          "beneficial",
          "improv*",
          "enabl*",
          "reduc*",
          "restrict*",
          "works",
          "faithful*",
          "calibrat*",
          "eliminat*",
          "precise*",
          "precisely",
          "superhuman",
          "exceed*",
          "help*");

  /**
   * Negations that turn any cue after them around, within a few words ("not robust"); what a
   * finding says outweighs something is beaten by it ("benefits outweigh its risks").
   */
  private static final Pattern NEGATION =
      Pattern.compile(
          "\\b(?:not|no|never|without|nor|neither|outweighs?|outweighed|outweighing)\\b(?:\\W+\\w+){0,2}\\W+$");

  /**
   * Words that turn a success cue after them into a failure ("fail to detect", "unable to
   * prevent"); before a failure cue they only repeat it ("fails due to catastrophic forgetting").
   */
  private static final Pattern FAILED =
      Pattern.compile(
          "\\b(?:cannot|fail|fails|failed|failing|unable to|lack of)\\b(?:\\W+\\w+){0,2}\\W+$");

  private static final List<Cue> FAILURES =
      FAILURE_CUES.stream().map(c -> Cue.of(c, Outcome.FAILURE)).toList();
  private static final List<Cue> SUCCESSES =
      SUCCESS_CUES.stream().map(c -> Cue.of(c, Outcome.SUCCESS)).toList();

  /**
   * What a record reports, with the words the reading rests on ("not prevent" counts as failure).
   */
  public record Reading(
      @Nullable Outcome outcome,
      @Nullable Outcome findingOutcome,
      List<String> failureWords,
      List<String> successWords) {
    public Reading {
      failureWords = List.copyOf(failureWords);
      successWords = List.copyOf(successWords);
    }
  }

  private record Cue(String word, Pattern pattern, Outcome outcome) {
    static Cue of(String word, Outcome outcome) {
      String stem = word.endsWith("*") ? word.substring(0, word.length() - 1) : word;
      String tail = word.endsWith("*") ? "[\\p{L}-]*" : "";
      return new Cue(stem, Pattern.compile("\\b" + Pattern.quote(stem) + tail + "\\b"), outcome);
    }
  }

  private OutcomeReader() {}

  /**
   * Reads a record; the outcome is {@code null} when the cues are balanced or absent, and the
   * finding may be {@code null} when the record has none.
   */
  public static Reading read(String title, @Nullable String finding, String abstract_) {
    return READINGS.get(new Text(title, finding, abstract_));
  }

  /** What {@link #read} reads. */
  private record Text(String title, @Nullable String finding, String abstract_) {}

  // A pure judgement of the record's text, which a warm server reads again for every brief.
  private static final Memo<Text, Reading> READINGS =
      new Memo<>(4096, t -> reading(t.title(), t.finding(), t.abstract_()));

  private static Reading reading(String title, @Nullable String finding, String abstract_) {
    List<String> failures = new ArrayList<>();
    List<String> successes = new ArrayList<>();
    String rest = title + "\n" + (finding == null ? abstract_ : abstract_.replace(finding, " "));
    int inFinding = finding == null ? 0 : count(finding, failures, successes);
    int score = 2 * inFinding + count(rest, failures, successes);
    return new Reading(outcomeOf(score), outcomeOf(inFinding), failures, successes);
  }

  /**
   * What one sentence reports, by the same cues and negations as a record; {@code null} when its
   * cues are balanced or absent.
   */
  public static @Nullable Outcome sentence(String sentence) {
    return outcomeOf(count(sentence, new ArrayList<>(), new ArrayList<>()));
  }

  /**
   * Distinct success words minus distinct failure words in the text: a paper on lies says "lie" on
   * every line, and repetition should not outweigh what its result says.
   */
  private static int count(String text, List<String> failures, List<String> successes) {
    String lower = text.toLowerCase(Locale.ROOT);
    java.util.Set<String> seen = new java.util.HashSet<>();
    int score = 0;
    for (List<Cue> cues : List.of(FAILURES, SUCCESSES)) {
      for (Cue cue : cues) {
        // Most cues are absent from a text; a plain search says so far faster than the pattern.
        if (!lower.contains(cue.word())) {
          continue;
        }
        Matcher m = cue.pattern().matcher(lower);
        while (m.find()) {
          String before = lower.substring(Math.max(0, m.start() - 40), m.start());
          Matcher negation = NEGATION.matcher(before);
          Matcher failed = FAILED.matcher(before);
          String turned =
              negation.find()
                  ? negation.group()
                  : cue.outcome() == Outcome.SUCCESS && failed.find() ? failed.group() : null;
          Outcome reported = turned != null ? flip(cue.outcome()) : cue.outcome();
          String word = turned != null ? turned.strip() + " " + m.group() : m.group();
          List<String> into = reported == Outcome.FAILURE ? failures : successes;
          if (seen.add(word)) {
            score += reported == Outcome.FAILURE ? -1 : 1;
            if (!into.contains(word)) {
              into.add(word);
            }
          }
        }
      }
    }
    return score;
  }

  private static Outcome outcomeOf(int score) {
    return score < 0 ? Outcome.FAILURE : score > 0 ? Outcome.SUCCESS : null;
  }

  private static Outcome flip(Outcome outcome) {
    return outcome == Outcome.FAILURE ? Outcome.SUCCESS : Outcome.FAILURE;
  }
}
