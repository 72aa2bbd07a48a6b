package dev.podium.model;

/** How evidence for one stance bears on a motion, and why. */
public record Bearing(String stance, Side side, String reason) {}
