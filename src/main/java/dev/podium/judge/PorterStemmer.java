package dev.podium.judge;

/**
 * Martin Porter's English stemmer (1980) as his reference implementation has it, the one Lucene's
 * English analysis uses: "-bli" becomes "-ble" and "-logi" "-log", and words of one or two letters
 * stay as they are. Expects lower case; any character but a, e, i, o, u (and y after a vowel) is a
 * consonant. EnglishWordsTest compares it with Lucene's on every word of the seeds and the labelled
 * data. Thread-safe: each call works on its own copy of the word.
 */
final class PorterStemmer {
  private final char[] b;

  /** The index of the word's last letter. */
  private int end;

  /** Where the stem ends (inclusive) when a suffix has been found by {@link #endsWith}. */
  private int stemEnd;

  private PorterStemmer(String word) {
    b = word.toCharArray();
    end = b.length - 1;
  }

  /** The stem of a lower-case word. */
  static String stem(String word) {
    if (word.length() <= 2) {
      return word;
    }
    PorterStemmer s = new PorterStemmer(word);
    s.pluralsAndParticiples();
    s.finalY();
    s.doubleSuffixes();
    s.icFulNess();
    s.longSuffixes();
    s.finalE();
    return new String(s.b, 0, s.end + 1);
  }

  private boolean consonant(int i) {
    return switch (b[i]) {
      case 'a', 'e', 'i', 'o', 'u' -> false;
      case 'y' -> i == 0 || !consonant(i - 1);
      default -> true;
    };
  }

  /** How many vowel-consonant sequences the stem (up to {@link #stemEnd}) has. */
  private int measure() {
    int n = 0;
    int i = 0;
    while (i <= stemEnd && consonant(i)) {
      i++;
    }
    while (i <= stemEnd) {
      while (i <= stemEnd && !consonant(i)) {
        i++;
      }
      if (i > stemEnd) {
        break;
      }
      n++;
      while (i <= stemEnd && consonant(i)) {
        i++;
      }
    }
    return n;
  }

  private boolean vowelInStem() {
    for (int i = 0; i <= stemEnd; i++) {
      if (!consonant(i)) {
        return true;
      }
    }
    return false;
  }

  private boolean doubleConsonant(int i) {
    return i >= 1 && b[i] == b[i - 1] && consonant(i);
  }

  /** Consonant, vowel, consonant ending at i, the last not w, x or y: "hop", not "snow". */
  private boolean cvc(int i) {
    if (i < 2 || !consonant(i) || consonant(i - 1) || !consonant(i - 2)) {
      return false;
    }
    return b[i] != 'w' && b[i] != 'x' && b[i] != 'y';
  }

  /** Whether the word ends in the suffix; if so, the stem is what comes before it. */
  private boolean endsWith(String suffix) {
    int start = end - suffix.length() + 1;
    if (start < 0) {
      return false;
    }
    for (int i = 0; i < suffix.length(); i++) {
      if (b[start + i] != suffix.charAt(i)) {
        return false;
      }
    }
    stemEnd = start - 1;
    return true;
  }

  /** Puts the replacement after the stem (never longer than the suffix it replaces). */
  private void replaceSuffix(String replacement) {
    replacement.getChars(0, replacement.length(), b, stemEnd + 1);
    end = stemEnd + replacement.length();
  }

  /** Replaces the suffix found last when the stem has at least one vowel-consonant sequence. */
  private void replaceIfMeasured(String replacement) {
    if (measure() > 0) {
      replaceSuffix(replacement);
    }
  }

  /** Step 1ab: "caresses" → "caress", "ponies" → "poni", "hopping" → "hop". */
  private void pluralsAndParticiples() {
    if (b[end] == 's') {
      if (endsWith("sses")) {
        end -= 2;
      } else if (endsWith("ies")) {
        replaceSuffix("i");
      } else if (b[end - 1] != 's') {
        end--;
      }
    }
    if (endsWith("eed")) {
      if (measure() > 0) {
        end--;
      }
    } else if ((endsWith("ed") || endsWith("ing")) && vowelInStem()) {
      end = stemEnd;
      if (endsWith("at")) {
        replaceSuffix("ate");
      } else if (endsWith("bl")) {
        replaceSuffix("ble");
      } else if (endsWith("iz")) {
        replaceSuffix("ize");
      } else if (doubleConsonant(end)) {
        char last = b[end];
        if (last != 'l' && last != 's' && last != 'z') {
          end--;
        }
      } else if (measureTo(end) == 1 && cvc(end)) {
        stemEnd = end;
        replaceSuffix("e");
      }
    }
  }

  private int measureTo(int last) {
    stemEnd = last;
    return measure();
  }

  /** Step 1c: a final y after a vowel in the stem becomes i ("happy" → "happi"). */
  private void finalY() {
    if (endsWith("y") && vowelInStem()) {
      b[end] = 'i';
    }
  }

  /** Step 2: "-ization" → "-ize", "-ational" → "-ate", "-fulness" → "-ful" and the like. */
  private void doubleSuffixes() {
    if (end == 0) {
      return;
    }
    String[][] rules =
        switch (b[end - 1]) {
          case 'a' -> new String[][] {{"ational", "ate"}, {"tional", "tion"}};
          case 'c' -> new String[][] {{"enci", "ence"}, {"anci", "ance"}};
          case 'e' -> new String[][] {{"izer", "ize"}};
          case 'l' ->
              new String[][] {
                {"bli", "ble"}, {"alli", "al"}, {"entli", "ent"}, {"eli", "e"}, {"ousli", "ous"}
              };
          case 'o' -> new String[][] {{"ization", "ize"}, {"ation", "ate"}, {"ator", "ate"}};
          case 's' ->
              new String[][] {
                {"alism", "al"}, {"iveness", "ive"}, {"fulness", "ful"}, {"ousness", "ous"}
              };
          case 't' -> new String[][] {{"aliti", "al"}, {"iviti", "ive"}, {"biliti", "ble"}};
          case 'g' -> new String[][] {{"logi", "log"}};
          default -> new String[0][];
        };
    replaceFirstSuffix(rules);
  }

  /** Step 3: "-icate" → "-ic", "-ative", "-ful" and "-ness" dropped, "-alize" → "-al". */
  private void icFulNess() {
    String[][] rules =
        switch (b[end]) {
          case 'e' -> new String[][] {{"icate", "ic"}, {"ative", ""}, {"alize", "al"}};
          case 'i' -> new String[][] {{"iciti", "ic"}};
          case 'l' -> new String[][] {{"ical", "ic"}, {"ful", ""}};
          case 's' -> new String[][] {{"ness", ""}};
          default -> new String[0][];
        };
    replaceFirstSuffix(rules);
  }

  /** The first rule whose suffix the word has decides, even when its stem is too short. */
  private void replaceFirstSuffix(String[][] rules) {
    for (String[] rule : rules) {
      if (endsWith(rule[0])) {
        replaceIfMeasured(rule[1]);
        return;
      }
    }
  }

  /** Step 4: "-ance", "-ment", "-ion" (after s or t), "-ive" and the like, from longer stems. */
  private void longSuffixes() {
    if (end == 0) {
      return;
    }
    String[] suffixes =
        switch (b[end - 1]) {
          case 'a' -> new String[] {"al"};
          case 'c' -> new String[] {"ance", "ence"};
          case 'e' -> new String[] {"er"};
          case 'i' -> new String[] {"ic"};
          case 'l' -> new String[] {"able", "ible"};
          case 'n' -> new String[] {"ant", "ement", "ment", "ent"};
          case 'o' -> new String[] {"ion", "ou"};
          case 's' -> new String[] {"ism"};
          case 't' -> new String[] {"ate", "iti"};
          case 'u' -> new String[] {"ous"};
          case 'v' -> new String[] {"ive"};
          case 'z' -> new String[] {"ize"};
          default -> new String[0];
        };
    for (String suffix : suffixes) {
      if (endsWith(suffix) && (!suffix.equals("ion") || afterSOrT())) {
        if (measure() > 1) {
          end = stemEnd;
        }
        return;
      }
    }
  }

  private boolean afterSOrT() {
    return stemEnd >= 0 && (b[stemEnd] == 's' || b[stemEnd] == 't');
  }

  /** Step 5: a final e from long stems ("probate" → "probat"), and ll → l ("controll"). */
  private void finalE() {
    stemEnd = end;
    if (b[end] == 'e') {
      int m = measure();
      if (m > 1 || m == 1 && !cvc(end - 1)) {
        end--;
      }
    }
    if (b[end] == 'l' && doubleConsonant(end) && measure() > 1) {
      end--;
    }
  }
}
