package id.rekap.core.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The test fixtures of {@code src/test/resources/fixtures} as files. */
public final class Fixtures {
  private Fixtures() {}

  /** A fixture file or folder of this module's test resources. */
  public static Path path(String relative) {
    URL url = Fixtures.class.getResource("/fixtures/" + relative);
    if (url == null || !"file".equals(url.getProtocol())) {
      throw new IllegalStateException("no fixture " + relative + " on the file system");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Copies a fixture file to a folder (works from a test jar too); returns the copy. */
  public static Path copy(String relative, Path folder) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + relative)) {
      if (in == null) {
        throw new IllegalStateException("no fixture " + relative);
      }
      Path out = folder.resolve(relative);
      Files.createDirectories(out.getParent());
      Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
