package id.rekap.signing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.crypto.URIReference;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.ContentTypes;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.crypt.dsig.SignatureInfo;
import org.apache.poi.poifs.crypt.dsig.facets.OOXMLSignatureFacet;
import org.apache.poi.poifs.crypt.dsig.services.RelationshipTransformService;
import org.apache.poi.poifs.crypt.dsig.services.RelationshipTransformService.RelationshipTransformParameterSpec;

/**
 * The OOXML package signature over every part of the workbook: Office signs only the parts of the
 * relationship types it lists, which leaves out the document properties ({@code docProps/core.xml},
 * {@code app.xml}) and whatever part a later hand adds with a relationship of another type. Here
 * the manifest names every part with its content type, and every relationships part with all its
 * relationships (except the one to the signature origin, which is written after the signature).
 * {@link XlsxCoverage} checks that a verified file has nothing beside them.
 */
final class XlsxEveryPart extends OOXMLSignatureFacet {
  static final String SIGNATURES = "/_xmlsignatures/";

  /** A relationships part, through the transform that keeps the relationships with these ids. */
  private static Reference relationshipsReference(
      XMLSignatureFactory factory,
      DigestMethod digest,
      String part,
      RelationshipTransformParameterSpec ids)
      throws java.security.GeneralSecurityException {
    List<Transform> transforms =
        List.of(
            factory.newTransform(RelationshipTransformService.TRANSFORM_URI, ids),
            factory.newTransform(CanonicalizationMethod.INCLUSIVE, (TransformParameterSpec) null));
    return factory.newReference(
        part + "?ContentType=" + ContentTypes.RELATIONSHIPS_PART, digest, transforms, null, null);
  }

  @Override
  protected void addManifestReferences(SignatureInfo info, List<Reference> references)
      throws XMLSignatureException {
    XMLSignatureFactory factory = info.getSignatureFactory();
    OPCPackage pkg = info.getOpcPackage();
    List<Reference> out = new ArrayList<>();
    try {
      DigestMethod digest =
          factory.newDigestMethod(info.getSignatureConfig().getDigestMethodUri(), null);
      for (PackagePart part : pkg.getParts()) {
        String name = part.getPartName().getName();
        if (name.startsWith(SIGNATURES)) {
          continue;
        }
        if (!part.isRelationshipPart()) {
          out.add(factory.newReference(name + "?ContentType=" + part.getContentType(), digest));
          continue;
        }
        RelationshipTransformParameterSpec ids = new RelationshipTransformParameterSpec();
        PackageRelationshipCollection rels = new PackageRelationshipCollection(pkg);
        rels.parseRelationshipsPart(part);
        for (PackageRelationship r : rels) {
          if (!PackageRelationshipTypes.DIGITAL_SIGNATURE_ORIGIN.equals(r.getRelationshipType())) {
            ids.addRelationshipReference(r.getId());
          }
        }
        if (!ids.hasSourceIds()) {
          continue;
        }
        out.add(relationshipsReference(factory, digest, name, ids));
      }
      // the package's own relationships, in case POI does not list them as a part
      RelationshipTransformParameterSpec root = new RelationshipTransformParameterSpec();
      for (PackageRelationship r : pkg.getRelationships()) {
        if (!PackageRelationshipTypes.DIGITAL_SIGNATURE_ORIGIN.equals(r.getRelationshipType())) {
          root.addRelationshipReference(r.getId());
        }
      }
      boolean listed = out.stream().anyMatch(r -> r.getURI().startsWith("/_rels/.rels?"));
      if (root.hasSourceIds() && !listed) {
        out.add(relationshipsReference(factory, digest, "/_rels/.rels", root));
      }
    } catch (InvalidFormatException | java.security.GeneralSecurityException e) {
      throw new XMLSignatureException(e);
    }
    out.sort(Comparator.comparing(URIReference::getURI));
    references.addAll(out);
  }
}
