package dev.podium.html;

import org.commonmark.node.CustomBlock;

/** A paragraph that holds nothing but a chart's image: the chart stands as a figure of its own. */
final class ChartFigure extends CustomBlock {}
