package dev.podium.model;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Answers of a pure function of seed text (a record's, a file's), kept for the next brief that
 * reads the same text: a background server briefs the same records again and again. The key holds
 * the text itself, so an edited record is read afresh; past {@code limit} entries the memo starts
 * over. Thread-safe; answers are shared, so they must not change.
 */
public final class Memo<K, V> {
  private final int limit;
  private final Function<K, V> function;
  private final Map<K, V> answers = new ConcurrentHashMap<>();

  public Memo(int limit, Function<K, V> function) {
    this.limit = limit;
    this.function = function;
  }

  public V get(K key) {
    V answer = answers.get(key);
    if (answer == null) {
      answer = function.apply(key);
      if (answers.size() >= limit) {
        answers.clear();
      }
      answers.put(key, answer);
    }
    return answer;
  }

  public int size() {
    return answers.size();
  }
}
