package id.rekap.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * What a verified XLSX signature does not cover. The signature's manifest names parts with their
 * content types, and relationships parts with the relationships it signs; everything else in the
 * file must be the signature's own bookkeeping. So: every part must be named, every relationship
 * signed (only the package's link to the signature origin may not be), and {@code
 * [Content_Types].xml}, which no signature can cover, must give each part exactly the content type
 * signed for it and name no other part. Anything else is a problem: an added part, a changed {@code
 * docProps/core.xml} of a workbook signed without it, a retyped part.
 */
final class XlsxCoverage {
  static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";
  static final String PACKAGE_DSIG =
      "http://schemas.openxmlformats.org/package/2006/digital-signature";
  static final String TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
  static final String RELATIONSHIPS =
      "http://schemas.openxmlformats.org/package/2006/relationships";
  static final String RELATIONSHIP_TRANSFORM =
      "http://schemas.openxmlformats.org/package/2006/RelationshipTransform";
  static final String ORIGIN_TYPE =
      "http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/origin";
  static final String RELS_TYPE = "application/vnd.openxmlformats-package.relationships+xml";
  static final String SIGNATURE_TYPE =
      "application/vnd.openxmlformats-package.digital-signature-xmlsignature+xml";
  static final String ORIGIN_PART_TYPE =
      "application/vnd.openxmlformats-package.digital-signature-origin";

  private static final Pattern SIGNATURE_PART = Pattern.compile("_xmlsignatures/sig\\d+\\.xml");
  private static final Pattern RELS_PART = Pattern.compile("(.*/)?_rels/[^/]*\\.rels");

  private final Map<String, String> signedTypes = new HashMap<>();
  private final Map<String, Set<String>> signedRelationships = new HashMap<>();
  private final List<String> problems = new ArrayList<>();

  private XlsxCoverage() {}

  /** The problems of a file whose signatures verified; empty when everything is covered. */
  static List<String> problems(Map<String, byte[]> entries) {
    XlsxCoverage c = new XlsxCoverage();
    try {
      c.check(entries);
    } catch (IOException | SAXException | ParserConfigurationException e) {
      c.problems.add("the signed parts cannot be read (" + e.getClass().getSimpleName() + ")");
    }
    return c.problems;
  }

  private void check(Map<String, byte[]> entries)
      throws IOException, SAXException, ParserConfigurationException {
    for (var e : entries.entrySet()) {
      if (SIGNATURE_PART.matcher(e.getKey()).matches()) {
        readManifest(parse(e.getValue()), e.getKey());
      }
    }
    byte[] types = entries.get("[Content_Types].xml");
    if (types == null) {
      problems.add("[Content_Types].xml is missing");
      return;
    }
    ContentTypes declared = contentTypes(parse(types));
    for (var e : entries.entrySet()) {
      String name = e.getKey();
      if (name.equals("[Content_Types].xml")) {
        continue;
      }
      String part = "/" + name;
      String type = declared.of(part);
      String expected = expectedType(name, part, e.getValue());
      if (expected == null) {
        problems.add("part " + part + " is not covered by the signature");
      } else if (!expected.equals(type)) {
        problems.add(
            "[Content_Types].xml gives " + part + " the type " + type + ", not " + expected);
      }
    }
    for (String named : declared.overrides()) {
      if (entries.keySet().stream().noneMatch(n -> ("/" + n).equalsIgnoreCase(named))) {
        problems.add("[Content_Types].xml names a part that is not there: " + named);
      }
    }
  }

  /** The content type the part must have, or null when no signature covers it. */
  private String expectedType(String name, String part, byte[] content)
      throws IOException, SAXException, ParserConfigurationException {
    if (SIGNATURE_PART.matcher(name).matches()) {
      return SIGNATURE_TYPE;
    }
    if (name.equals("_xmlsignatures/origin.sigs")) {
      return ORIGIN_PART_TYPE;
    }
    if (name.equals("_xmlsignatures/_rels/origin.sigs.rels")) {
      return RELS_TYPE;
    }
    String key = part.toLowerCase(Locale.ROOT);
    if (RELS_PART.matcher(name).matches()) {
      Set<String> signed = signedRelationships.get(key);
      if (signed == null) {
        return null;
      }
      Element root = parse(content).getDocumentElement();
      for (Element r : children(root, RELATIONSHIPS, "Relationship")) {
        boolean origin = name.equals("_rels/.rels") && ORIGIN_TYPE.equals(r.getAttribute("Type"));
        if (!origin && !signed.contains(r.getAttribute("Id"))) {
          problems.add("relationship " + r.getAttribute("Id") + " in " + part + " is not signed");
        }
      }
      return RELS_TYPE;
    }
    return signedTypes.get(key);
  }

  /**
   * The references of the manifest in the signed package object: exactly one Object with that Id,
   * referenced from SignedInfo, holding the document's only Manifest, so that no unsigned copy can
   * pretend to cover more.
   */
  private void readManifest(Document signature, String name) {
    NodeList manifests = signature.getElementsByTagNameNS(DSIG, "Manifest");
    Element object = null;
    int objects = 0;
    for (Element e : all(signature)) {
      if ("idPackageObject".equals(e.getAttribute("Id"))) {
        objects++;
        object = e;
      }
    }
    boolean referenced = false;
    for (Element si : elements(signature.getElementsByTagNameNS(DSIG, "SignedInfo"))) {
      for (Element ref : children(si, DSIG, "Reference")) {
        referenced |= "#idPackageObject".equals(ref.getAttribute("URI"));
      }
    }
    if (manifests.getLength() != 1
        || objects != 1
        || !referenced
        || manifests.item(0).getParentNode() != object) {
      problems.add("signature " + name + " has no single signed manifest");
      return;
    }
    for (Element ref : children((Element) manifests.item(0), DSIG, "Reference")) {
      String uri = ref.getAttribute("URI");
      int q = uri.indexOf("?ContentType=");
      if (!uri.startsWith("/") || q < 0) {
        continue;
      }
      String part = uri.substring(0, q).toLowerCase(Locale.ROOT);
      String type = uri.substring(q + "?ContentType=".length());
      Set<String> ids = new HashSet<>();
      boolean relationships = false;
      for (Element t : elements(ref.getElementsByTagNameNS(DSIG, "Transform"))) {
        if (RELATIONSHIP_TRANSFORM.equals(t.getAttribute("Algorithm"))) {
          relationships = true;
          for (Element r :
              elements(t.getElementsByTagNameNS(PACKAGE_DSIG, "RelationshipReference"))) {
            ids.add(r.getAttribute("SourceId"));
          }
        }
      }
      if (relationships) {
        signedRelationships.computeIfAbsent(part, k -> new HashSet<>()).addAll(ids);
      } else {
        signedTypes.put(part, type);
      }
    }
  }

  /** The Default and Override entries of [Content_Types].xml; anything else is a problem. */
  private ContentTypes contentTypes(Document doc) {
    Element root = doc.getDocumentElement();
    Map<String, String> defaults = new HashMap<>();
    Map<String, String> overrides = new HashMap<>();
    List<String> named = new ArrayList<>();
    if (!TYPES.equals(root.getNamespaceURI()) || !"Types".equals(root.getLocalName())) {
      problems.add("[Content_Types].xml is not a content types document");
    }
    for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.TEXT_NODE && n.getNodeValue().isBlank()) {
        continue;
      }
      if (n instanceof Element e && TYPES.equals(e.getNamespaceURI())) {
        if ("Default".equals(e.getLocalName())
            && defaults.put(
                    e.getAttribute("Extension").toLowerCase(Locale.ROOT),
                    e.getAttribute("ContentType"))
                == null) {
          continue;
        }
        if ("Override".equals(e.getLocalName())
            && overrides.put(
                    e.getAttribute("PartName").toLowerCase(Locale.ROOT),
                    e.getAttribute("ContentType"))
                == null) {
          named.add(e.getAttribute("PartName"));
          continue;
        }
      }
      problems.add("[Content_Types].xml holds something else than one entry per part or extension");
      break;
    }
    return new ContentTypes(defaults, overrides, named);
  }

  private record ContentTypes(
      Map<String, String> defaults, Map<String, String> byPart, List<String> named) {
    String of(String part) {
      String key = part.toLowerCase(Locale.ROOT);
      String o = byPart.get(key);
      if (o != null) {
        return o;
      }
      int dot = key.lastIndexOf('.');
      return dot < 0 || dot < key.lastIndexOf('/') ? null : defaults.get(key.substring(dot + 1));
    }

    /** The part names of the Override entries, as written. */
    List<String> overrides() {
      return named;
    }
  }

  private static Document parse(byte[] xml)
      throws IOException, SAXException, ParserConfigurationException {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  private static List<Element> children(Element parent, String ns, String local) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && ns.equals(e.getNamespaceURI())
          && local.equals(e.getLocalName())) {
        out.add(e);
      }
    }
    return out;
  }

  private static List<Element> elements(NodeList list) {
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  private static List<Element> all(Document doc) {
    return elements(doc.getElementsByTagName("*"));
  }
}
