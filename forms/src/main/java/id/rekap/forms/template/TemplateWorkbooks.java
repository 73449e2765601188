package id.rekap.forms.template;

import id.rekap.core.result.Source;
import id.rekap.core.result.TpsResult;
import id.rekap.core.template.TemplateFiles;
import id.rekap.core.template.TemplateFormat;
import id.rekap.core.template.TemplateTarget;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The core's {@link TemplateFiles}: XLSX (POI, streamed) and CSV, a filled file told apart by its
 * first bytes rather than its name. Registered under {@code META-INF/services}.
 */
public final class TemplateWorkbooks implements TemplateFiles {
  @Override
  public List<TpsResult> read(Path file, TemplateTarget target, Source source) throws IOException {
    return isZip(file)
        ? XlsxTemplateReader.read(file, target, source)
        : CsvTemplateReader.read(file, target, source);
  }

  @Override
  public void write(TemplateTarget target, TemplateFormat format, OutputStream out)
      throws IOException {
    switch (format) {
      case XLSX -> XlsxTemplateWriter.write(target, out);
      case CSV -> CsvTemplateWriter.write(target, out);
    }
  }

  private static boolean isZip(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(4);
      return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }
  }
}
