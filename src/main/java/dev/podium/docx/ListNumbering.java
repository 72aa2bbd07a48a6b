package dev.podium.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * The list numbering of one document: one bullet list definition shared by every bullet list, and a
 * numbered one that each ordered list restarts at its own first number. Not thread-safe.
 */
final class ListNumbering {
  /** Nine levels, as Word allows; deeper Markdown lists stay at the ninth. */
  static final int LEVELS = 9;

  private static final String[] BULLETS = {"•", "◦", "▪"};

  private final XWPFNumbering numbering;
  private final BigInteger bullets;
  private final BigInteger numbered;

  ListNumbering(XWPFDocument document) {
    numbering = document.createNumbering();
    BigInteger bulletDefinition = numbering.addAbstractNum(definition(BigInteger.ZERO, false));
    BigInteger numberDefinition = numbering.addAbstractNum(definition(BigInteger.ONE, true));
    bullets = numbering.addNum(bulletDefinition);
    numbered = numberDefinition;
  }

  /** The numbering id of a bullet list. */
  BigInteger bullets() {
    return bullets;
  }

  /** A numbering id for a new ordered list at {@code level}, counting from {@code start}. */
  BigInteger numbered(int level, int start) {
    BigInteger id = numbering.addNum(numbered);
    CTNum num = numbering.getNum(id).getCTNum();
    CTNumLvl override = num.addNewLvlOverride();
    override.setIlvl(BigInteger.valueOf(level));
    override.addNewStartOverride().setVal(BigInteger.valueOf(start));
    return id;
  }

  /** The indent of a list item's text at {@code level}, in twentieths of a point. */
  static int indent(int level) {
    return 720 * (level + 1);
  }

  private static XWPFAbstractNum definition(BigInteger id, boolean ordered) {
    CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
    definition.setAbstractNumId(id);
    for (int level = 0; level < LEVELS; level++) {
      CTLvl lvl = definition.addNewLvl();
      lvl.setIlvl(BigInteger.valueOf(level));
      lvl.addNewStart().setVal(BigInteger.ONE);
      if (ordered) {
        lvl.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
        lvl.addNewLvlText().setVal("%" + (level + 1) + ".");
      } else {
        lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
        lvl.addNewLvlText().setVal(BULLETS[level % BULLETS.length]);
      }
      CTInd ind = lvl.addNewPPr().addNewInd();
      ind.setLeft(BigInteger.valueOf(indent(level)));
      ind.setHanging(BigInteger.valueOf(360));
    }
    return new XWPFAbstractNum(definition);
  }
}
