package id.rekap.forms.template;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/** The sheets listed in {@code workbook.xml}, in order, with their visibility and part id. */
final class WorkbookSheets {
  private static final String REL_NS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  /** One sheet; {@code state} is null or "visible" for a visible sheet. */
  record SheetRef(String name, String state, String relId) {
    boolean visible() {
      return state == null || state.equals("visible");
    }
  }

  private WorkbookSheets() {}

  static List<SheetRef> read(InputStream workbookXml) throws IOException, SAXException {
    List<SheetRef> out = new ArrayList<>();
    parse(
        workbookXml,
        new DefaultHandler() {
          @Override
          public void startElement(String uri, String local, String qName, Attributes atts) {
            if (local.equals("sheet")) {
              if (out.size() >= 1_000) {
                throw new SheetScanner.LimitExceeded("1000 sheets");
              }
              out.add(
                  new SheetRef(
                      atts.getValue("name"), atts.getValue("state"), atts.getValue(REL_NS, "id")));
            }
          }
        });
    return out;
  }

  /** Parses with POI's hardened SAX reader (no DTDs, no external entities, bounded expansion). */
  static void parse(InputStream in, DefaultHandler handler) throws IOException, SAXException {
    XMLReader reader;
    try {
      reader = XMLHelper.newXMLReader();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
    reader.setContentHandler(handler);
    reader.parse(new InputSource(in));
  }
}
