package id.rekap.forms.template;

import id.rekap.core.election.ContestCode;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.election.ElectionDefinitionParser;
import id.rekap.core.region.RegionTree;
import id.rekap.core.support.SyntheticElection;
import id.rekap.core.support.Workspaces;
import id.rekap.core.template.TemplateFormat;
import id.rekap.core.template.TemplateTarget;
import id.rekap.core.template.TemplateWriter;
import id.rekap.core.workspace.Workspace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The real 3101 region tree with the demo and a synthetic election, and file helpers. */
final class TemplateFixtures {
  private static RegionTree tree;
  private static ElectionDefinition demo;

  private TemplateFixtures() {}

  static synchronized RegionTree tree() throws IOException {
    if (tree == null) {
      Path dir = Files.createTempDirectory("rekap-template-ws");
      try (Workspace ws = Workspaces.regionsOnly(dir.resolve("ws"))) {
        tree = ws.regionTree();
        demo = ws.election();
      }
      Workspaces.deleteTree(dir);
    }
    return tree;
  }

  static TemplateTarget ppwp() throws IOException {
    tree();
    return TemplateTarget.of(demo, tree, ContestCode.PPWP);
  }

  static ElectionDefinition synthetic() {
    byte[] def = new SyntheticElection(new Random(7)).definition().getBytes(StandardCharsets.UTF_8);
    return ElectionDefinitionParser.parse("synthetic.json", def);
  }

  static TemplateTarget pdpr() throws IOException {
    return TemplateTarget.of(synthetic(), tree(), ContestCode.PDPR);
  }

  static Path write(TemplateTarget target, TemplateFormat format, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      TemplateWriter.write(target, format, out);
    }
    return file;
  }

  /** Opens an XLSX with POI, lets the test change it, saves it to {@code out}. */
  static Path edit(Path in, Path out, Consumer<XSSFWorkbook> change) throws IOException {
    try (InputStream is = Files.newInputStream(in);
        XSSFWorkbook wb = new XSSFWorkbook(is)) {
      change.accept(wb);
      try (OutputStream os = Files.newOutputStream(out)) {
        wb.write(os);
      }
    }
    return out;
  }

  /** Copies a ZIP with one entry's content replaced (or added). */
  static Path replaceEntry(Path in, Path out, String name, byte[] content) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    boolean found = false;
    try (ZipInputStream zin = new ZipInputStream(Files.newInputStream(in));
        ZipOutputStream zout = new ZipOutputStream(buf)) {
      for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
        zout.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals(name)) {
          zout.write(content);
          found = true;
        } else {
          zin.transferTo(zout);
        }
        zout.closeEntry();
      }
      if (!found) {
        zout.putNextEntry(new ZipEntry(name));
        zout.write(content);
        zout.closeEntry();
      }
    }
    Files.write(out, buf.toByteArray());
    return out;
  }
}
