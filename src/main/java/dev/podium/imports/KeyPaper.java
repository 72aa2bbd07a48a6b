package dev.podium.imports;

import dev.podium.model.Nullable;

/** A paper a profile singles out as the speaker's: its title, and a URL when the profile gives one. */
public record KeyPaper(String title, @Nullable String url) {}
