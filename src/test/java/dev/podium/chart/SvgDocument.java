package dev.podium.chart;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** An SVG file parsed as XML, read the way a test needs: texts and filled shapes by colour. */
final class SvgDocument {
  private final Document document;

  SvgDocument(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
  }

  /** The text of every text element, in document order. */
  List<String> texts() {
    List<String> texts = new ArrayList<>();
    NodeList nodes = document.getElementsByTagName("text");
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    return texts;
  }

  /**
   * How many {@code tag} elements are filled all over with this colour, by their own style or a
   * group's; shapes filled by the even-odd rule, which leaves holes, are counted by {@link
   * #halfFilled} instead.
   */
  long filled(String tag, java.awt.Color colour) {
    return count(tag, colour, false);
  }

  /** How many paths are filled with this colour by the even-odd rule: the half-filled dots. */
  long halfFilled(java.awt.Color colour) {
    return count("path", colour, true);
  }

  private long count(String tag, java.awt.Color colour, boolean evenOdd) {
    String fill =
        "fill:rgb(" + colour.getRed() + "," + colour.getGreen() + "," + colour.getBlue() + ")";
    NodeList nodes = document.getElementsByTagName(tag);
    long count = 0;
    for (int i = 0; i < nodes.getLength(); i++) {
      Element element = (Element) nodes.item(i);
      String style = element.getAttribute("style");
      if (style.isEmpty() && element.getParentNode() instanceof Element group) {
        style = group.getAttribute("style");
      }
      boolean holed = element.getAttribute("fill-rule").equals("evenodd");
      if (style.replace(" ", "").contains(fill) && holed == evenOdd) {
        count++;
      }
    }
    return count;
  }
}
