package id.rekap.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.SequencedMap;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The canonical container: readable by any ZIP reader, and every single byte of it guarded. */
class CanonicalZipTest {
  private static SequencedMap<String, byte[]> entries() {
    SequencedMap<String, byte[]> m = new LinkedHashMap<>();
    m.put("manifest.json", "{\"format\":\"rekap-package/1\"}".getBytes(StandardCharsets.UTF_8));
    m.put("aggregates/ppwp-desa.json", "{\"rows\":[1,2,3]}".getBytes(StandardCharsets.UTF_8));
    m.put("kosong.txt", new byte[0]);
    return m;
  }

  @Test
  void theSameEntriesGiveTheSameBytesAndReadBack() throws Exception {
    byte[] zip = CanonicalZip.write(entries());
    assertThat(CanonicalZip.write(entries())).isEqualTo(zip);
    assertThat(CanonicalZip.read(zip).keySet()).containsExactlyElementsOf(entries().keySet());
    try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      assertThat(in.getNextEntry().getName()).isEqualTo("manifest.json");
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("rekap-package");
    }
  }

  @Test
  void everySingleByteChangeIsRefused() {
    byte[] zip = CanonicalZip.write(entries());
    for (int at = 0; at < zip.length; at++) {
      for (int delta : new int[] {1, 0x80}) {
        byte[] changed = zip.clone();
        changed[at] = (byte) (changed[at] + delta);
        int position = at;
        assertThatThrownBy(() -> CanonicalZip.read(changed))
            .as("byte %d", position)
            .isInstanceOf(UnreadableFileException.class);
      }
    }
  }
}
