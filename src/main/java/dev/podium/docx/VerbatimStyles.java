package dev.podium.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline;

/**
 * The styles of the DOCX, named as Verbatim (the Word template debaters cut evidence in) names
 * them: Pocket, Hat, Block and Tag for the four heading levels, each based on Word's Heading 1 to 4
 * so that the navigation pane shows the outline; Cite for the bold head of a cite line; Emphasis
 * and Underline for the words of a card that are read; card text in Normal.
 */
final class VerbatimStyles {
  /** The paragraph style of each Markdown heading level, 1 to 6. */
  static final String[] HEADINGS = {"Pocket", "Hat", "Block", "Tag", "Heading5", "Heading6"};

  static final String NORMAL = "Normal";
  static final String CITE = "Cite";
  static final String EMPHASIS = "Emphasis";
  static final String UNDERLINE = "Underline";
  static final String HYPERLINK = "Hyperlink";
  static final String CODE = "HTMLCode";
  static final String CODE_BLOCK = "HTMLPreformatted";
  static final String QUOTE = "Quote";
  static final String LIST = "ListParagraph";
  static final String TABLE = "TableText";

  /** The size of a table's text, in points. */
  static final int TABLE_SIZE = 9;

  /** Verbatim's highlight for the words read aloud. */
  static final String HIGHLIGHT = "yellow";

  private static final String FONT = "Calibri";
  private static final String MONO = "Consolas";
  private static final String LINK_COLOR = "0563C1";

  /** Sizes in points of the heading levels 1 to 6; Pocket to Tag take Verbatim's 26, 22, 16, 13. */
  private static final int[] HEADING_SIZES = {26, 22, 16, 13, 12, 11};

  private VerbatimStyles() {}

  /** Gives {@code document} these styles, with text in {@code language} (a BCP 47 tag). */
  static void addTo(XWPFDocument document, String language) {
    CTStyles styles = CTStyles.Factory.newInstance();
    defaults(styles, language);
    paragraph(styles, NORMAL, "Normal", null).setDefault(true);
    character(styles, "DefaultParagraphFont", "Default Paragraph Font", null).setDefault(true);
    for (int level = 1; level <= 6; level++) {
      heading(styles, level);
    }
    verbatimHeadings(styles);
    CTStyle quote = paragraph(styles, QUOTE, "Quote", NORMAL);
    quote.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(720));
    quote.getPPr().getInd().setRight(BigInteger.valueOf(720));
    quote.addNewRPr().addNewI();
    CTStyle list = paragraph(styles, LIST, "List Paragraph", NORMAL);
    list.addNewPPr().addNewContextualSpacing();
    CTStyle table = paragraph(styles, TABLE, "Table Text", NORMAL);
    spacing(table.addNewPPr(), 0, 0);
    size(table.addNewRPr(), TABLE_SIZE);
    CTStyle codeBlock = paragraph(styles, CODE_BLOCK, "HTML Preformatted", NORMAL);
    spacing(codeBlock.addNewPPr(), 0, 0);
    mono(codeBlock.addNewRPr(), 20);

    CTRPr cite = character(styles, CITE, "Cite", "DefaultParagraphFont").addNewRPr();
    cite.addNewB();
    size(cite, 13);
    CTRPr emphasis = character(styles, EMPHASIS, "Emphasis", "DefaultParagraphFont").addNewRPr();
    emphasis.addNewB();
    emphasis.addNewU().setVal(STUnderline.SINGLE);
    character(styles, UNDERLINE, "Underline", "DefaultParagraphFont")
        .addNewRPr()
        .addNewU()
        .setVal(STUnderline.SINGLE);
    CTRPr link = character(styles, HYPERLINK, "Hyperlink", "DefaultParagraphFont").addNewRPr();
    link.addNewColor().setVal(LINK_COLOR);
    link.addNewU().setVal(STUnderline.SINGLE);
    mono(character(styles, CODE, "HTML Code", "DefaultParagraphFont").addNewRPr(), 20);

    document.createStyles().setStyles(styles);
  }

  private static void defaults(CTStyles styles, String language) {
    CTRPr run = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
    CTFonts fonts = run.addNewRFonts();
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setCs(FONT);
    fonts.setEastAsia(FONT);
    size(run, 11);
    run.addNewLang().setVal(language);
    CTPPrGeneral paragraph = styles.getDocDefaults().addNewPPrDefault().addNewPPr();
    spacing(paragraph, 0, 120).setLine(BigInteger.valueOf(259));
    paragraph.getSpacing().setLineRule(STLineSpacingRule.AUTO);
  }

  /** Word's own "heading N": bold, kept with the next paragraph, at outline level N. */
  private static void heading(CTStyles styles, int level) {
    CTStyle style = paragraph(styles, "Heading" + level, "heading " + level, NORMAL);
    style.addNewNext().setVal(NORMAL);
    style.addNewUiPriority().setVal(BigInteger.valueOf(9));
    CTPPrGeneral p = style.addNewPPr();
    p.addNewKeepNext();
    p.addNewKeepLines();
    spacing(p, level <= 2 ? 240 : 120, 60);
    p.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
    CTRPr r = style.addNewRPr();
    r.addNewB();
    size(r, HEADING_SIZES[level - 1]);
  }

  private static void verbatimHeadings(CTStyles styles) {
    for (int level = 1; level <= 4; level++) {
      CTStyle style =
          paragraph(styles, HEADINGS[level - 1], HEADINGS[level - 1], "Heading" + level);
      style.addNewNext().setVal(NORMAL);
      style.addNewUiPriority().setVal(BigInteger.valueOf(9));
      CTPPrGeneral p = style.addNewPPr();
      if (level <= 3) {
        p.addNewJc().setVal(STJc.CENTER);
      }
      if (level == 1) {
        box(p.addNewPBdr());
      }
      CTRPr r = style.addNewRPr();
      r.addNewB();
      size(r, HEADING_SIZES[level - 1]);
      if (level == 2) {
        r.addNewU().setVal(STUnderline.DOUBLE);
      }
    }
  }

  private static CTStyle paragraph(CTStyles styles, String id, String name, String basedOn) {
    CTStyle style = style(styles, STStyleType.PARAGRAPH, id, name, basedOn);
    style.addNewQFormat();
    return style;
  }

  private static CTStyle character(CTStyles styles, String id, String name, String basedOn) {
    return style(styles, STStyleType.CHARACTER, id, name, basedOn);
  }

  private static CTStyle style(
      CTStyles styles, STStyleType.Enum type, String id, String name, String basedOn) {
    CTStyle style = styles.addNewStyle();
    style.setType(type);
    style.setStyleId(id);
    style.addNewName().setVal(name);
    if (basedOn != null) {
      style.addNewBasedOn().setVal(basedOn);
    }
    return style;
  }

  private static CTSpacing spacing(CTPPrGeneral paragraph, int before, int after) {
    CTSpacing spacing = paragraph.addNewSpacing();
    spacing.setBefore(BigInteger.valueOf(before));
    spacing.setAfter(BigInteger.valueOf(after));
    return spacing;
  }

  private static void size(CTRPr run, int points) {
    run.addNewSz().setVal(BigInteger.valueOf(2L * points));
    run.addNewSzCs().setVal(BigInteger.valueOf(2L * points));
  }

  private static void mono(CTRPr run, int halfPoints) {
    CTFonts fonts = run.addNewRFonts();
    fonts.setAscii(MONO);
    fonts.setHAnsi(MONO);
    fonts.setCs(MONO);
    run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
  }

  private static void box(CTPBdr borders) {
    for (CTBorder side :
        new CTBorder[] {
          borders.addNewTop(), borders.addNewLeft(), borders.addNewBottom(), borders.addNewRight()
        }) {
      side.setVal(STBorder.SINGLE);
      side.setSz(BigInteger.valueOf(12));
      side.setSpace(BigInteger.valueOf(4));
      side.setColor("auto");
    }
  }
}
