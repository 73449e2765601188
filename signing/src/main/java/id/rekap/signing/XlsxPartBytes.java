package id.rekap.signing;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.crypto.Data;
import javax.xml.crypto.OctetStreamData;
import javax.xml.crypto.URIDereferencer;
import javax.xml.crypto.URIReference;
import javax.xml.crypto.URIReferenceException;
import javax.xml.crypto.XMLCryptoContext;
import org.apache.poi.poifs.crypt.dsig.SignatureInfo;

/**
 * Resolves a signature's part references ({@code /xl/workbook.xml?ContentType=…}) to the exact
 * bytes of that ZIP entry, for signing and verifying alike: the signature is over what the file
 * holds, and POI cannot hand out the bytes of the document properties part itself. References
 * within the signature document ({@code #idPackageObject}) go to the XML signature library.
 */
final class XlsxPartBytes implements URIDereferencer {
  private final Map<String, byte[]> parts = new HashMap<>();
  private final SignatureInfo info;

  XlsxPartBytes(Map<String, byte[]> entries, SignatureInfo info) {
    entries.forEach((name, bytes) -> parts.put("/" + name.toLowerCase(Locale.ROOT), bytes));
    this.info = info;
  }

  @Override
  public Data dereference(URIReference reference, XMLCryptoContext context)
      throws URIReferenceException {
    String uri = reference.getURI();
    if (uri == null || !uri.startsWith("/")) {
      return info.getSignatureFactory().getURIDereferencer().dereference(reference, context);
    }
    int query = uri.indexOf('?');
    String part = (query < 0 ? uri : uri.substring(0, query)).toLowerCase(Locale.ROOT);
    byte[] bytes = parts.get(part);
    if (bytes == null) {
      throw new URIReferenceException("the signature names a part that is not there: " + part);
    }
    return new OctetStreamData(new ByteArrayInputStream(bytes), uri, null);
  }
}
