package dev.podium.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.judge.EnglishWords.Word;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Podium's English words are Lucene's, which the stance terms and the judgement figures were made
 * with (Lucene is a test dependency only): the same words, stems and stop words on every text of
 * the seeds and the labelled speakers, on those words with common suffixes added, and on random
 * text mixing the scripts and punctuation that word breaking treats apart.
 */
class EnglishWordsTest {
  /** Lucene's English analysis, keeping stop words and marking them, as StanceTagger used it. */
  private static final Analyzer LUCENE =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
          Tokenizer source = new StandardTokenizer();
          TokenStream result = new EnglishPossessiveFilter(source);
          result = new LowerCaseFilter(result);
          result = new SetKeywordMarkerFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
          return new TokenStreamComponents(source, new PorterStemFilter(result));
        }
      };

  private static final Analyzer LUCENE_TOKENS =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
          return new TokenStreamComponents(new StandardTokenizer());
        }
      };

  private static final Analyzer LUCENE_ENGLISH = new EnglishAnalyzer();

  /** Porter's stems of every word, stop words too. */
  private static final Analyzer LUCENE_STEMS =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
          Tokenizer source = new StandardTokenizer();
          return new TokenStreamComponents(source, new PorterStemFilter(source));
        }
      };

  @AfterAll
  static void close() {
    LUCENE.close();
    LUCENE_TOKENS.close();
    LUCENE_ENGLISH.close();
    LUCENE_STEMS.close();
  }

  @Test
  void everyTextOfTheSeedsAndTheLabelledSpeakersGivesLucenesWords() throws IOException {
    List<Path> texts = texts();
    assertThat(texts).hasSizeGreaterThan(20);
    for (Path path : texts) {
      String text = Files.readString(path);
      assertThat(WordTokenizer.words(text))
          .as("words of %s", path)
          .isEqualTo(lucene(LUCENE_TOKENS, text));
      assertThat(EnglishWords.of(text)).as("stems of %s", path).isEqualTo(luceneWords(text));
      assertThat(EnglishWords.stems(text))
          .as("English stems of %s", path)
          .isEqualTo(lucene(LUCENE_ENGLISH, text));
    }
  }

  @Test
  void everyWordOfThoseTextsWithSuffixesStemsAsLucenes() throws IOException {
    Set<String> words = new TreeSet<>();
    for (Path path : texts()) {
      words.addAll(WordTokenizer.words(Files.readString(path)));
    }
    List<String> suffixes =
        List.of(
            "", "s", "es", "ies", "sses", "ed", "eed", "ing", "ly", "y", "e", "al", "ational",
            "tional", "ization", "ation", "ator", "izer", "bli", "alli", "entli", "eli", "ousli",
            "alism", "iveness", "fulness", "ousness", "aliti", "iviti", "biliti", "logi", "icate",
            "ative", "alize", "iciti", "ical", "ful", "ness", "ance", "ence", "er", "ic", "able",
            "ible", "ant", "ement", "ment", "ent", "sion", "tion", "ion", "ou", "ism", "ate", "iti",
            "ous", "ive", "ize", "ll", "at", "bl", "iz", "ening", "ered", "led");
    List<String> variants = new ArrayList<>();
    for (String word : words) {
      String lower = word.toLowerCase(Locale.ROOT);
      if (lower.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
        suffixes.forEach(suffix -> variants.add(lower + suffix));
      }
    }
    assertThat(variants).hasSizeGreaterThan(100_000);
    List<String> stems = variants.stream().map(PorterStemmer::stem).toList();
    assertThat(stems).isEqualTo(lucene(LUCENE_STEMS, String.join(" ", variants)));
  }

  @Test
  void randomTextInManyScriptsBreaksIntoLucenesWords() throws IOException {
    String[] pieces = {
      "a", "b", "Z", "é", "ß", "e\u0301", "1", "2", "0", " ", " ", ".", ",", ";", ":", "'",
      "\u2019", "\"", "_", "-", "/", "(", "\u00AD", "\u202F", "\u00B7", "α", "Ω", "д", "א", "ש",
      "カ", "ー", "か", "中", "文", "ก", "ข", "\u0E31", "한", "😀", "👍", "🏽", "\u200D", "\uFE0F", "©",
      "ℹ", "🇬", "🇧", "\u20E3", "#", "٣", "１", "\u00A0", "\n", "@", "&", "%", "$"
    };
    Random random = new Random(18);
    for (int i = 0; i < 5_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(24);
      for (int j = 0; j < length; j++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String t = text.toString();
      assertThat(WordTokenizer.words(t))
          .as("words of [%s]", escaped(t))
          .isEqualTo(lucene(LUCENE_TOKENS, t));
    }
  }

  @Test
  void aWordLongerThanLucenesLimitIsCutAsLuceneCutsIt() throws IOException {
    String text = "x".repeat(600) + " short " + "ab.".repeat(120);
    assertThat(WordTokenizer.words(text)).isEqualTo(lucene(LUCENE_TOKENS, text));
  }

  @Test
  void theStopWordsAreLucenes() {
    Set<String> lucene =
        EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.stream()
            .map(o -> new String((char[]) o))
            .collect(Collectors.toSet());
    assertThat(EnglishWords.STOP_WORDS).isEqualTo(lucene);
  }

  @Test
  void examplesFromPortersPaper() {
    String[][] cases = {
      {"caresses", "caress"},
      {"ponies", "poni"},
      {"cats", "cat"},
      {"agreed", "agre"},
      {"plastered", "plaster"},
      {"motoring", "motor"},
      {"hopping", "hop"},
      {"filing", "file"},
      {"happy", "happi"},
      {"relational", "relat"},
      {"generalization", "gener"},
      {"electrical", "electr"},
      {"adjustable", "adjust"},
      {"controlling", "control"},
      {"deceptive", "decept"},
      {"deception", "decept"},
      {"is", "is"}
    };
    for (String[] c : cases) {
      assertThat(PorterStemmer.stem(c[0])).as(c[0]).isEqualTo(c[1]);
    }
  }

  /** The repository's own texts: seeds (records and source listings), labelled data, docs. */
  private static List<Path> texts() throws IOException {
    List<Path> texts = new ArrayList<>(List.of(Path.of("README.md"), Path.of("CHANGELOG.md")));
    for (String root : List.of("seeds", "src/test/resources/speakers", "templates")) {
      try (Stream<Path> files = Files.walk(Path.of(root))) {
        files.filter(Files::isRegularFile).sorted().forEach(texts::add);
      }
    }
    return texts;
  }

  private static List<Word> luceneWords(String text) throws IOException {
    List<Word> words = new ArrayList<>();
    try (TokenStream tokens = LUCENE.tokenStream("text", text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      KeywordAttribute stop = tokens.addAttribute(KeywordAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        words.add(new Word(term.toString(), stop.isKeyword()));
      }
      tokens.end();
    }
    return words;
  }

  private static List<String> lucene(Analyzer analyzer, String text) throws IOException {
    List<String> words = new ArrayList<>();
    try (TokenStream tokens = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        words.add(term.toString());
      }
      tokens.end();
    }
    return words;
  }

  private static String escaped(String text) {
    return text.codePoints()
        .mapToObj(c -> c < 128 && c >= 32 ? Character.toString(c) : String.format("\\u{%X}", c))
        .collect(Collectors.joining());
  }
}
