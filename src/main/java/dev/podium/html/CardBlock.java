package dev.podium.html;

import org.commonmark.node.CustomBlock;

/** An evidence card: a level-4 heading and the blocks after it, up to the next heading or rule. */
final class CardBlock extends CustomBlock {}
