package dev.podium.model;

/**
 * How a stance bears on a motion, and why: a record asserts the stance when its finding reports
 * {@code assertedBy} (a failure, say, for "models can deceive"), and then supports {@code side}.
 * Without {@code assertedBy}, being tagged with the stance is enough.
 */
public record Bearing(String stance, Side side, String reason, @Nullable Outcome assertedBy) {}
