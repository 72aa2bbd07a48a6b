package dev.podium.load;

/**
 * A value bound from a seed file, with the map back to where its parts were written and the parsed
 * tree it came from (which still holds what could not be bound).
 */
public record Located<T>(T value, SourceMap sourceMap, Node root) {}
