package dev.podium.load;

import dev.podium.model.Evidence;
import java.util.List;

/** The shape of {@code evidence.yaml}. */
public record EvidenceFile(List<Evidence> evidence) {}
