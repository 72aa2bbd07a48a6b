package dev.podium.judge;

import dev.podium.model.Memo;
import dev.podium.model.Nullable;
import dev.podium.model.Outcome;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Finds the sentences in which an abstract limits the certainty or the scope of the result a
 * speaker relies on: the places an opponent can press. A qualifier weakens the outcome the sentence
 * reports ({@link OutcomeReader#sentence}), so which sentences count depends on the outcome the
 * speaker needs the record to report. For a speaker who relies on a failure ("safety training does
 * not remove the backdoor"), "mitigates, but does not eliminate" and "a small but non-negligible
 * proportion of the time" state his result emphatically; for one who relies on the mitigation
 * working, the first is his weak spot. Sentences are returned verbatim so they can be quoted.
 * Stateless and thread-safe.
 */
public final class Hedges {
  /** What a qualifier limits, strongest first: the order in which weak spots are chosen. */
  enum Kind {
    /**
     * The result comes from a constructed or narrow setting: proof of concept, simulation, toy
     * models.
     */
    SCOPE,
    /** The authors state a limit of their own work. */
    STATED_LIMIT,
    /** A success that is only partial ("does not eliminate", "not yet"); weakens only a success. */
    PARTIAL,
    /** A small or rare effect ("modest", "rarely"); an emphatic word in the sentence undoes it. */
    MAGNITUDE,
    /** The result is put forward with doubt ("suggest", "may", "preliminary"). */
    UNCERTAIN
  }

  /** One qualifier: what it limits, the words that show it (case-insensitive, whole words). */
  record Cue(Kind kind, Pattern pattern) {
    static Cue of(Kind kind, String regex) {
      return new Cue(kind, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
  }

  /** Qualifiers as abstracts in the field word them. */
  static final List<Cue> CUES =
      List.of(
          Cue.of(Kind.SCOPE, "\\bproof[- ]of[- ]concept\\b"),
          Cue.of(
              Kind.SCOPE,
              "\\btoy\\s+(?:models?|settings?|tasks?|problems?|examples?|environments?|domains?)\\b"),
          Cue.of(
              Kind.SCOPE,
              "\\b(?:in|via|through|by)\\s+simulations?\\b"
                  + "|\\bsimulation\\s+(?:studies|study|results|experiments?|only)\\b"
                  + "|\\bsimulated\\s+(?:environments?|settings?|scenarios?|data|users?|agents?|robots?|tasks?)\\b"),
          Cue.of(
              Kind.SCOPE,
              "\\b(?:artificial|contrived|synthetic|controlled|laboratory|lab)\\s+"
                  + "(?:settings?|environments?|scenarios?|conditions?)\\b"),
          Cue.of(
              Kind.SCOPE,
              "\\b(?:deliberately|intentionally|artificially)\\s+(?:trained|inserted|induced|planted)\\b"),
          Cue.of(
              Kind.SCOPE,
              "\\bsmall[-"
                  + " ](?:scale|samples?|studies|study)\\b|\\bpilot\\s+(?:study|studies|experiments?)\\b"
                  + "|\\bsmall\\s+number\\s+of\\s+(?:participants|subjects|respondents|models|examples)\\b"),
          Cue.of(
              Kind.SCOPE,
              "\\b(?:in|on|within|to)\\s+(?:only\\s+)?(?:a\\s+single|one)\\s+(?:domain|dataset|model|task|language|setting|environment|scenario)\\b|\\bsingle[-"
                  + " ]turn\\b"),
          Cue.of(Kind.SCOPE, "\\b(?:is|are|was|were|remains?)\\s+(?:\\w+\\s+)?limited\\s+to\\b"),
          Cue.of(
              Kind.STATED_LIMIT,
              "\\blimitations?\\s+(?:of\\s+(?:this|our|the\\s+present|these)\\b|such\\s+as\\b|including\\b)"
                  + "|\\b(?:our|this|these|the\\s+present)\\s+(?:\\w+\\s+)?(?:work|study|approach|method|analysis|evaluation"
                  + "|results?|findings?|experiments?)\\s+(?:\\w+\\s+)?(?:is|are|was|were|has|have)\\s+(?:\\w+\\s+)?limit"),
          Cue.of(
              Kind.STATED_LIMIT,
              "\\bcaveats?\\b|\\b(?:remains?|is|are)\\s+(?:still\\s+)?(?:unclear|unknown|untested)\\b"
                  + "|\\bwe\\s+(?:do|did)\\s+not\\s+(?:\\w+\\s+)?(?:test|evaluate|claim|address|establish)\\b"),
          Cue.of(
              Kind.PARTIAL,
              "\\bnot\\s+(?:\\w+\\s+)?eliminat\\w*|\\bnot\\s+(?:fully|completely|entirely|always|yet)\\b"
                  + "|\\bpartially\\b(?!\\s+observ)|\\bpartial\\s+(?:success|solution|mitigation|protection|improvement|removal|fix)\\b"
                  + "|\\bimperfect(?:ly|ions?)?\\b|\\bincomplete\\b|\\bresidual\\s+(?:risks?|errors?|failures?|harms?)\\b"
                  + "|\\bfalls?\\s+short\\b"),
          Cue.of(
              Kind.MAGNITUDE,
              "\\bmodest(?:ly)?\\b|\\bslight(?:ly)?\\b|\\bmarginal(?:ly)?\\b|\\bsomewhat\\b"
                  + "|\\bto\\s+(?:some|a\\s+limited|a\\s+certain)\\s+extent\\b|\\bin\\s+(?:some|a\\s+few)\\s+cases\\b"),
          Cue.of(
              Kind.MAGNITUDE,
              "\\brarely\\b|\\bin\\s+rare\\s+(?:cases|instances)\\b|\\boccasional(?:ly)?\\b"
                  + "|\\binfrequent(?:ly)?\\b|\\bsmall\\s+(?:but|proportion|fraction|percentage|effects?|gains?|improvements?)\\b"
                  + "|\\bonly\\s+a\\s+(?:small|few|handful)\\b|\\blow\\s+(?:rates?|frequency)\\b"),
          Cue.of(
              Kind.UNCERTAIN,
              "\\bsuggest(?:s|ed|ing)?\\b|\\bpreliminary\\b|\\btentative(?:ly)?\\b"
                  + "|\\b(?:appears?|seems?)\\s+to\\b|\\bspeculat\\w*"));

  /**
   * A modal that hedges a result only where the sentence reports one ("results show that X may …");
   * elsewhere it states a possibility the paper starts from ("LLMs might lie").
   */
  private static final Pattern MODAL =
      Pattern.compile("\\b(?:may|might)\\b", Pattern.CASE_INSENSITIVE);

  /**
   * Words that state a result emphatically ("a small but non-negligible proportion", "strikingly");
   * with one of them a small or rare effect is the point of the sentence, not a qualification.
   */
  private static final Pattern EMPHASIS =
      Pattern.compile(
          "\\bnon-?negligible\\b|\\bnot\\s+negligible\\b|\\bnon-?trivial\\b|\\bstriking(?:ly)?\\b|\\bremarkabl[ye]\\b"
              + "|\\balarming(?:ly)?\\b|\\bnotabl[ye]\\b|\\bsurprising(?:ly)?\\b|\\bconsistent(?:ly)?\\b"
              + "|\\bsignificant(?:ly)?\\b|\\bsubstantial(?:ly)?\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * A result said to carry beyond the setting it was found in (to other data, onto real robots),
   * which no scope cue then limits.
   */
  private static final Pattern BEYOND =
      Pattern.compile(
          "\\bgenerali[sz](?:e|es|ed|ing)\\s+(?:\\S+\\s+){0,3}?(?:to|across|beyond)\\b|\\bout[-"
              + " ]of[- ]distribution\\b|\\btransfers?\\s+(?:\\S+\\s+)?to\\b|\\b(?:real|physical)[-"
              + " ](?:world|robots?|hardware|vehicles?)\\b"
              + "|\\b(?:on|with)\\s+(?:\\S+\\s+){0,2}?robots?\\b|\\bfield\\s+(?:tests?|trials?|experiments?)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** At most this many hedged sentences per record: the strongest points, not the abstract. */
  static final int MAX_PER_RECORD = 2;

  private Hedges() {}

  /**
   * The abstract's sentences that limit the result a speaker relies on, at most two, the most
   * limiting first chosen, verbatim and in the abstract's order. A sentence counts when it is the
   * paper's own (not the background before the abstract speaks of its own work, nor others' work),
   * is not a question, and qualifies what it reports without reporting the opposite of {@code
   * reliedOn}: a doubt about the other outcome is no weakness of his. A partial success weakens
   * only a speaker who relies on a success.
   *
   * @param reliedOn the outcome the speaker needs the record to report (see {@link
   *     RecordBearing#reliedOnBy}); {@code null} when unknown, and then only qualifiers that weaken
   *     any result count: scope, stated limits, small effects and doubt
   */
  public static List<String> against(String abstractText, @Nullable Outcome reliedOn) {
    return AGAINST.get(new Reading(abstractText, reliedOn));
  }

  /** What {@link #against} reads: an abstract, for a speaker who relies on an outcome. */
  private record Reading(String abstractText, @Nullable Outcome reliedOn) {}

  // The costliest judgement of a warm brief, and a pure one of the abstract's text.
  private static final Memo<Reading, List<String>> AGAINST =
      new Memo<>(4096, r -> read(r.abstractText(), r.reliedOn()));

  private static List<String> read(String abstractText, @Nullable Outcome reliedOn) {
    List<String> sentences = Sentences.of(abstractText);
    int ownFrom = FindingPicker.ownVoiceFrom(sentences);
    Kind[] kinds = new Kind[sentences.size()];
    for (int i = ownFrom; i < sentences.size(); i++) {
      kinds[i] =
          FindingPicker.aboutOthers(sentences.get(i))
              ? null
              : strongest(sentences.get(i), reliedOn);
    }
    return IntStream.range(0, sentences.size())
        .filter(i -> kinds[i] != null)
        .boxed()
        .sorted(Comparator.comparing((Integer i) -> kinds[i]))
        .limit(MAX_PER_RECORD)
        .sorted()
        .map(sentences::get)
        .toList();
  }

  /**
   * The sentences that limit any result, for a reader who relies on no particular outcome: the same
   * as {@code against(abstractText, null)}.
   */
  public static List<String> in(String abstractText) {
    return against(abstractText, null);
  }

  /**
   * The strongest kind of qualifier in the sentence that weakens {@code reliedOn}; {@code null}
   * when none does, or the sentence is a question.
   */
  static @Nullable Kind strongest(String sentence, @Nullable Outcome reliedOn) {
    String s = sentence.strip();
    if (s.endsWith("?")) {
      return null;
    }
    Outcome reported = OutcomeReader.sentence(s);
    // A partial success reads as a failure ("does not eliminate"); that is what weakens a success.
    boolean opposite = reliedOn != null && reported != null && reported != reliedOn;
    boolean emphatic = EMPHASIS.matcher(s).find();
    for (Kind kind : Kind.values()) {
      boolean applies =
          switch (kind) {
            case SCOPE -> !opposite && !BEYOND.matcher(s).find();
            case PARTIAL -> reliedOn == Outcome.SUCCESS;
            case MAGNITUDE -> !opposite && !emphatic;
            default -> !opposite;
          };
      if (applies
          && CUES.stream().anyMatch(c -> c.kind() == kind && c.pattern().matcher(s).find())) {
        return kind;
      }
      if (applies
          && kind == Kind.UNCERTAIN
          && MODAL.matcher(s).find()
          && FindingPicker.reportsResult(s)) {
        return kind;
      }
    }
    return null;
  }
}
