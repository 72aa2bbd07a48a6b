package dev.podium.assemble;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Numbers evidence by first use: the first record cited is [1]. Not thread-safe. */
public final class CitationNumbers {
  private final Map<String, Integer> numbers = new LinkedHashMap<>();

  /** The record's number, assigning the next one on first use. */
  public int cite(String evidenceId) {
    return numbers.computeIfAbsent(evidenceId, id -> numbers.size() + 1);
  }

  /** The number if the record has one, else {@code null}. */
  public Integer numberOf(String evidenceId) {
    return numbers.get(evidenceId);
  }

  /** The ids in number order, each once. */
  public List<String> sorted(List<String> ids) {
    return ids.stream().distinct().sorted(java.util.Comparator.comparing(numbers::get)).toList();
  }

  /** Every numbered id, in number order. */
  public List<String> inOrder() {
    return new ArrayList<>(numbers.keySet());
  }
}
