package dev.podium.model;

import java.util.List;

/**
 * A field of life a motion reaches into (medicine, weapons, vehicles, law): what is at stake there
 * and the words by which a record shows that it touches the field.
 */
public record Domain(String id, String label, String stake, List<String> terms) {
  public Domain {
    terms = List.copyOf(terms);
  }
}
