package dev.podium.judge;

import dev.podium.model.Nullable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Picks, verbatim from an abstract, the one sentence that states the paper's result (the finding)
 * and up to three quotable sentences that state something. A sentence states something when it
 * reports a result ("we find that", "our results show"), argues a claim ("we argue that") or, once
 * the abstract speaks of its own work, states an outcome ("fails to", "outperforms", "94%").
 * Sentences that only point elsewhere never count: announcements of what the paper does, reports
 * that results exist, pointers to code, lists and questions. When no sentence states anything the
 * abstract has no finding.
 *
 * <p>The strongest sentence wins; among equals one short enough to quote, then the earlier one.
 */
public final class FindingPicker {
  static final int MAX_QUOTES = 3;

  /** Quotes read aloud or printed on a card; longer sentences stay findings only. */
  static final int MAX_QUOTE_LENGTH = 350;

  private static final int MIN_QUOTE_LENGTH = 30;

  /** How strongly a sentence states the paper's result; {@code NOTHING} is never picked. */
  private enum Strength {
    NOTHING,
    /** A result stated only as its significance ("offers new insights into"). */
    VAGUE,
    /** An outcome stated without a reporting phrase ("fails to", "outperforms"). */
    STATED,
    /** A claim the authors argue ("we argue that"). */
    ARGUED,
    /** A result reported as one ("we find that", "experiments show"). */
    REPORTED,
    /** A reported result that sums the paper up ("Overall, our results show that"). */
    CONCLUDED
  }

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** A link, or a statement that code, data or models are released: a pointer, not a result. */
  private static final Pattern POINTER =
      Pattern.compile(
          "https?://|www\\.|\\bgithub\\b"
              + "|\\b(?:code|data|datasets?|models?|weights|prompts|implementation|benchmark|results)\\b[^.;]{0,60}\\b(?:is|are)\\s+(?:\\w+\\s+)?(?:available|released|open[-"
              + " ]sourced)\\b"
              + "|^(?:code|data)\\b[^.;]{0,40}\\bavailable\\b|\\bwe\\s+(?:also\\s+)?(?:release|open[-"
              + " ]source|publish)\\b",
          FLAGS);

  /**
   * A sentence that lists or points ahead instead of stating: contributions, "as follows", a
   * trailing colon, two or more numbered items ("(1) … (2)"), a question, hopes, aims and future
   * work. A numbered list holds several claims; an argument drafted from it would be several.
   */
  private static final Pattern POINTS_ELSEWHERE =
      Pattern.compile(
          "\\b(?:makes?|made|offers?|has|have|our|main|key|primary|following|two|three|four|five|several)\\s+(?:\\w+\\s+)?contributions\\b|\\bcontributions\\s+(?:are|include|of"
              + " this)\\b|\\bas"
              + " follows\\b|\\b(?:two|three|four|five)fold\\b|:\\s*$|\\?[\"'”’)\\]]*$"
              + "|\\b(?:the\\s+)?(?:rest|remainder)\\s+of\\s+(?:this|the)\\s+(?:paper|article)\\b"
              + "|\\bfuture\\s+(?:work|research|directions?|studies)\\b|\\bwe\\s+hope\\b|\\bwe\\s+aim\\b"
              + "|\\b(?:our|the)\\s+(?:\\w+\\s+)?(?:goal|aim|purpose|objective)s?\\s+(?:of\\s+\\S+\\s+)?(?:is|are|was)\\b",
          FLAGS);

  private static final Pattern LIST_ITEM =
      Pattern.compile("(?<![\\w$])\\(?(?:[1-9]|i{1,3}|iv|vi?|[a-e])\\)");

  /** The next sentence opens a list, so this one only introduces it ("… three failure modes."). */
  private static final Pattern OPENS_LIST =
      Pattern.compile("^(?:First(?:ly)?\\b|\\(?(?:1|i|a)\\)\\s)");

  /**
   * What the paper is or does, instead of what it found: "this paper presents", "in this work we
   * explore", "we introduce a benchmark", "results are presented".
   */
  private static final Pattern ANNOUNCEMENT =
      Pattern.compile(
          "\\b(?:this|the|our)\\s+(?:\\w+\\s+)?(?:paper|article|work|study|report|chapter|thesis|research|note|review)\\s+"
              + "(?:\\w+\\s+)?(?:presents|introduces|proposes|describes|explores|outlines|reports|provides|offers"
              + "|discusses|reviews|examines|investigates|seeks|aims|focuses|addresses|studies|considers|develops|surveys|summari[sz]es|is"
              + " about|identifies|encourages|builds|organi[sz]es|analy[sz]es|extends"
              + "|makes|takes|begins|starts|concludes)\\b"
              + "|^(?:it|they)\\s+(?:\\w+\\s+)?(?:describes|presents|reviews|begins|starts|outlines|discusses|introduces)\\b"
              + "|\\b(?:we|I)\\s+(?:\\w+ly\\s+|also\\s+|then\\s+|first\\s+|further\\s+|here\\s+|now\\s+|next\\s+)?"
              + "(?:introduce|present|propose|describe|explore|study|investigate|examine|consider|define|outline"
              + "|review|discuss|focus|coin|label|refer|call|suggest|provide|offer|make|take|turn|ask|answer"
              + "|hypothesi[sz]e|seek|begin|conclude\\s+by)\\b(?!\\s+that\\b)"
              + "|\\b(?:is|are|was|were)\\s+(?:\\w+ly\\s+|then\\s+|also\\s+|here\\s+|herein\\s+)?(?:presented|described"
              + "|introduced|proposed|discussed|outlined|provided|developed|reviewed|explored|examined|investigated"
              + "|studied|considered|demonstrated|evaluated|analy[sz]ed|implemented|addressed|detailed|reported"
              + "|given)\\b(?!\\s+(?:to|that)\\b)"
              + "|\\b(?:report|present|describe|provide|summari[sz]e|discuss)(?:s|es|ed)?\\b[^.;]{0,40}\\b(?:results|findings)\\b"
              + "(?!\\s+(?:show|suggest|indicate|reveal|demonstrate|that))",
          FLAGS);

  /** Background: what others did or found, which a sentence cites rather than reports. */
  private static final Pattern OTHERS_WORK =
      Pattern.compile(
          "\\b(?:prior|previous|recent|existing|earlier|past|related|other|much)\\s+(?:\\w+\\s+)?"
              + "(?:work|works|research|studies|study|results|findings|literature|papers)\\b"
              + "|\\b(?:research|work|works|studies|literature)\\s+(?:showing|suggesting|demonstrating|finding|indicating|revealing)\\b",
          FLAGS);

  /** A sentence about others' methods or systems, which the paper starts from or compares with. */
  private static final Pattern ABOUT_OTHERS =
      Pattern.compile(
          "^(?:prior|previous|recent|existing|earlier|past|related|current|traditional|conventional)\\s+(?:\\w+\\s+)?"
              + "(?:work|works|research|studies|approaches|methods|techniques|benchmarks|systems)\\b",
          FLAGS);

  /** A possibility rather than an outcome: a bare outcome under a modal ("may lead to"). */
  private static final Pattern POSSIBILITY =
      Pattern.compile("\\b(?:could|might|may|would|should)\\b", FLAGS);

  /** A result reported as one: by the authors, by their results, or by "this shows that". */
  private static final Pattern REPORTED =
      Pattern.compile(
          "\\b(?:we|I|and|to)\\s+(?:\\w+ly\\s+|also\\s+|further\\s+|then\\s+|now\\s+|additionally\\s+|instead\\s+)?"
              + "(?:find|found|show|showed|demonstrate|demonstrated|observe|observed|discover|discovered|confirm"
              + "|confirmed|prove|proved|establish|established|report|reported|verify|verified|uncover|uncovered"
              + "|reveal|revealed|identify|identified)\\s+that\\b"
              + "|\\bwe\\s+(?:\\w+ly\\s+|also\\s+|further\\s+|then\\s+)?(?:find|found|observe|observed|discover|discovered)\\b"
              + "(?!\\s+(?:how|ways?|a\\s+way)\\b)"
              + "|\\b(?:results?|findings?|experiments?|analys[ie]s|evaluations?|ablations?|measurements?|data|evidence"
              + "|study|work|simulations?|tests?|experience)\\b(?:(?!\\bwe\\b)[^.;:]){0,60}?\\b(?:shows?|showed|suggests?|suggested"
              + "|indicates?|indicated|demonstrates?|demonstrated|reveals?|revealed|confirms?|confirmed|establish(?:es)?"
              + "|impl(?:y|ies)|exposes?|provides?\\s+(?:\\w+\\s+){0,2}evidence)\\b"
              + "|\\b(?:showing|revealing|finding|demonstrating|indicating|confirming|suggesting)\\s+that\\b"
              + "|\\b(?:reveals|revealed)\\b"
              + "|\\bprovid(?:e|es|ing)\\s+(?:\\w+\\s+)?evidence\\s+(?:that|for)\\b"
              + "|\\b(?:this|these|which|it|they)\\s+(?:\\w+ly\\s+)?(?:suggests?|shows?|indicates?|demonstrates?"
              + "|impl(?:y|ies)|reveals?|confirms?)\\s+that\\b",
          FLAGS);

  /** An argued claim: "we argue that", "this paper argues that", "the thesis is that". */
  private static final Pattern CLAIM =
      Pattern.compile(
          "\\b(?:we|I)\\s+(?:\\w+ly\\s+|also\\s+|further\\s+|therefore\\s+|thus\\s+|then\\s+)?"
              + "(?:argue|contend|conclude|posit|claim|maintain|propose|assert)\\s*,?\\s+(?:that|for)\\b"
              + "|\\b(?:paper|article|work|report|thesis)\\s+(?:\\w+\\s+)?(?:argues|contends|concludes|claims|maintains|posits)\\s+that\\b"
              + "|\\b(?:thesis|finding|result|insight|conclusion|claim|lesson|message|takeaway)s?\\b[^.;]{0,80}?\\b(?:is|are|was)\\s+that\\b",
          FLAGS);

  /**
   * A measured outcome: a percentage or a fold change. Like {@link #OUTCOME} it counts only once
   * the abstract speaks of its own work; then it is as good as a reported result.
   */
  private static final Pattern MEASURED =
      Pattern.compile("\\d\\s*(?:\\\\?%|percent\\b|-?fold\\b|×)");

  /**
   * An outcome without a reporting phrase: a failure, a comparison, a change. Only counted once the
   * abstract speaks of its own work, since the opening sentences state the background the paper
   * starts from.
   */
  private static final Pattern OUTCOME =
      Pattern.compile(
          "\\b(?:outperform(?:s|ed|ing)?|fail(?:s|ed)?\\s+(?:to|at|on|in)|cannot|can't|unable\\s+to"
              + "|(?:does|do|did|is|are|was|were|will|would|could|can)\\s+not|(?:is|are|was|were)\\s+able\\s+to"
              + "|no\\s+longer|(?:leads?|led)\\s+to|induces?|causes?|prevents?|eliminates?|mitigates?"
              + "|reduces?|increases?|decreases?|improves?|degrades?|surpass(?:es)?|exceeds?|achieves?"
              + "|generali[sz]es?|succeeds?|struggles?|only\\s+when|even\\s+(?:when|after|if)|more\\s+likely"
              + "|less\\s+likely|significantly|far\\s+(?:below|above|from)|is\\s+robust|are\\s+robust)\\b",
          FLAGS);

  /** The paper speaking of itself: where the background ends and its own work begins. */
  private static final Pattern OWN_VOICE =
      Pattern.compile(
          "\\b(?:[Ww]e|[Oo]ur|[Uu]s|I)\\b|\\b(?:[Tt]his|[Tt]he"
              + " present)\\s+(?:paper|article|work|study|report|research|chapter)\\b|^Here\\b");

  /** A summing-up opening: "Overall,", "In summary,", "These results", "Our findings". */
  private static final Pattern SUMS_UP =
      Pattern.compile(
          "\\bwe\\s+conclude\\s+that\\b|^(?:overall|in\\s+summary|in\\s+sum|in\\s+conclusion|taken\\s+together|together|collectively|thus|hence)\\b"
              + "|^(?:these|our|the(?:se)?\\s+overall)\\s+(?:\\w+\\s+){0,2}?(?:results|findings|experiments|analys[ie]s|work|data|observations)\\b",
          FLAGS);

  /**
   * Significance instead of a result: "offers insights", "highlights the need", "a step towards".
   */
  private static final Pattern SIGNIFICANCE_ONLY =
      Pattern.compile(
          "\\b(?:provid|offer|giv|yield|gain)\\w*\\s+(?:\\w+\\s+){0,2}insights?\\b|\\b(?:overlooked|important|new)\\s+aspects?\\b"
              + "|\\bthe\\s+(?:\\w+\\s+)?(?:need|importance|urgency)\\b"
              + "|\\bsheds?\\s+light\\b|\\bopens?\\s+(?:the|a|new)\\s+(?:door|avenues?|way)\\b|\\bpaves?\\s+the\\s+way\\b"
              + "|\\bstep\\s+(?:towards?|forward)\\b|\\bfoundation\\s+for\\b|\\bimplications?\\s+(?:for|of)\\b",
          FLAGS);

  /** The finding, {@code null} when no sentence states a result, and the quotes in rank order. */
  public record Picked(@Nullable String finding, List<String> quotes) {
    public Picked {
      quotes = List.copyOf(quotes);
    }
  }

  private FindingPicker() {}

  /** The finding and quotes of an abstract; both empty when no sentence states anything. */
  public static Picked pick(String abstract_) {
    List<String> sentences = Sentences.of(abstract_);
    List<Strength> strengths = strengths(sentences);
    List<Integer> ranked =
        IntStream.range(0, sentences.size())
            .boxed()
            .filter(i -> strengths.get(i) != Strength.NOTHING)
            .sorted(
                Comparator.comparing((Integer i) -> strengths.get(i))
                    .reversed()
                    .thenComparing(i -> !quotable(sentences.get(i)))
                    .thenComparingInt(i -> i))
            .toList();
    if (ranked.isEmpty()) {
      return new Picked(null, List.of());
    }
    List<String> quotes =
        ranked.stream()
            .map(sentences::get)
            .filter(FindingPicker::quotable)
            .distinct()
            .limit(MAX_QUOTES)
            .toList();
    return new Picked(sentences.get(ranked.get(0)), quotes);
  }

  /**
   * Each sentence's strength. The abstract's own voice begins at its first "we", "our" or "this
   * paper"; one that never speaks of itself (written in the passive) is its own work throughout.
   */
  private static List<Strength> strengths(List<String> sentences) {
    int ownFrom = ownVoiceFrom(sentences);
    List<Strength> strengths = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      boolean opensList =
          i + 1 < sentences.size() && OPENS_LIST.matcher(sentences.get(i + 1)).find();
      strengths.add(
          opensList ? Strength.NOTHING : strength(sentences.get(i).strip(), i >= ownFrom));
    }
    return strengths;
  }

  /**
   * The index of the first sentence in which the abstract speaks of its own work ("we", "our",
   * "this paper"); 0 when it never does (written in the passive, it is its own work throughout).
   * The sentences before it state the background the paper starts from.
   */
  static int ownVoiceFrom(List<String> sentences) {
    return IntStream.range(0, sentences.size())
        .filter(i -> OWN_VOICE.matcher(sentences.get(i)).find())
        .findFirst()
        .orElse(0);
  }

  /**
   * Whether the sentence reports a result or argues a claim ("we find that", "results suggest").
   */
  static boolean reportsResult(String sentence) {
    return REPORTED.matcher(sentence).find() || CLAIM.matcher(sentence).find();
  }

  /**
   * Whether the sentence is about others' work or methods, which the paper cites or starts from.
   */
  static boolean aboutOthers(String sentence) {
    return OTHERS_WORK.matcher(sentence).find() || ABOUT_OTHERS.matcher(sentence).find();
  }

  /**
   * How strongly one sentence states a result.
   *
   * @param own whether the abstract already speaks of its own work, so that an outcome is the
   *     paper's and not the background it starts from
   */
  private static Strength strength(String s, boolean own) {
    if (pointsElsewhere(s) || ABOUT_OTHERS.matcher(s).find()) {
      return Strength.NOTHING;
    }
    Strength strength = cue(s, own);
    if (strength == Strength.NOTHING) {
      return strength;
    }
    if (SIGNIFICANCE_ONLY.matcher(s).find()) {
      return Strength.VAGUE;
    }
    return SUMS_UP.matcher(s).find() ? Strength.CONCLUDED : strength;
  }

  private static boolean pointsElsewhere(String s) {
    return POINTER.matcher(s).find()
        || POINTS_ELSEWHERE.matcher(s).find()
        || LIST_ITEM.matcher(s).results().count() >= 2;
  }

  /**
   * The strongest cue in the sentence. A reported result outweighs an announcement in the same
   * sentence ("we introduce X and find that …"), and so does an argued claim; a bare outcome does
   * not ("we introduce a method that improves …" is still an introduction).
   */
  private static Strength cue(String s, boolean own) {
    if ((REPORTED.matcher(s).find() && !OTHERS_WORK.matcher(s).find())
        || (own && MEASURED.matcher(s).find())) {
      return Strength.REPORTED;
    }
    if (CLAIM.matcher(s).find()) {
      return Strength.ARGUED;
    }
    if (ANNOUNCEMENT.matcher(s).find()) {
      return Strength.NOTHING;
    }
    return own && OUTCOME.matcher(s).find() && !POSSIBILITY.matcher(s).find()
        ? Strength.STATED
        : Strength.NOTHING;
  }

  private static boolean quotable(String sentence) {
    return sentence.length() >= MIN_QUOTE_LENGTH && sentence.length() <= MAX_QUOTE_LENGTH;
  }
}
