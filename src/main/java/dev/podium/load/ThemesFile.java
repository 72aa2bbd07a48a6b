package dev.podium.load;

import dev.podium.model.Theme;
import java.util.List;

/** The shape of {@code themes.yaml}. */
public record ThemesFile(List<Theme> themes) {}
