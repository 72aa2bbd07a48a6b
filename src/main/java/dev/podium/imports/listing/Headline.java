package dev.podium.imports.listing;

import java.util.List;

/**
 * The second line of a listing entry, understood: the title, the authors shown (the listing may cut
 * the list short with "et al."), and the affiliations printed after a middle dot.
 */
record Headline(String title, List<String> authors, boolean etAl, List<String> affiliations) {
  Headline {
    authors = List.copyOf(authors);
    affiliations = List.copyOf(affiliations);
  }
}
