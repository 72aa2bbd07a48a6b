package dev.podium.imports.listing;

import dev.podium.load.Location;

/** One well-formed entry of a listing: its meta line, its title line and its abstract. */
record ListingEntry(Location at, MetaLine meta, Headline headline, String abstract_) {}
