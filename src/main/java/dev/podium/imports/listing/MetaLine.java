package dev.podium.imports.listing;

import java.time.LocalDate;

/**
 * The first line of a listing entry, such as {@code 93.1CLMay 17Code}: an optional relevance score,
 * a two-letter arXiv category, a date (the listing leaves the year out for recent papers) and an
 * optional {@code Code} marker saying the paper links its code.
 */
record MetaLine(Double score, String category, LocalDate date, boolean yearGiven, boolean code) {}
