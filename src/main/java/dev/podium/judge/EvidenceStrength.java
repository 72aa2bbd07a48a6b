package dev.podium.judge;

import dev.podium.model.Evidence;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How much weight a record carries in a brief: one point for being evidence, one more if the
 * speaker wrote it as {@link Authorship} judges (half a point when its author list is cut short
 * before his name could show: he may or may not be among the authors left out), half a point if the
 * profile names it as a key paper, and up to one point for recency (within a year of the as-of
 * date: 1; within three years: 0.5). Being named by the profile is weight of its own, not
 * authorship: a key paper that is not his gets the half point only.
 */
public final class EvidenceStrength {
  private final Authorship authorship;
  private final LocalDate asOf;
  // Sorting asks for the same record's strength many times; names are folded only once.
  private final java.util.Map<Evidence, Double> cache = new java.util.IdentityHashMap<>();

  public EvidenceStrength(Authorship authorship, LocalDate asOf) {
    this.authorship = authorship;
    this.asOf = asOf;
  }

  public double of(Evidence evidence) {
    return cache.computeIfAbsent(evidence, this::compute);
  }

  private double compute(Evidence evidence) {
    double strength = 1.0;
    strength +=
        switch (authorship.status(evidence)) {
          case AUTHOR -> 1.0;
          case NOT_SHOWN -> 0.5;
          case NOT_AUTHOR -> 0.0;
        };
    if (evidence.key()) {
      strength += 0.5;
    }
    return strength + recency(evidence.date());
  }

  private double recency(LocalDate date) {
    long months = ChronoUnit.MONTHS.between(date, asOf);
    if (months <= 12) {
      return 1.0;
    }
    return months <= 36 ? 0.5 : 0.0;
  }
}
