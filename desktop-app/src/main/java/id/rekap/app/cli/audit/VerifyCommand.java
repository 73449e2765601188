package id.rekap.app.cli.audit;

import id.rekap.app.cli.CliIo;
import id.rekap.app.cli.ExitStatus;
import id.rekap.app.cli.RootCommand;
import id.rekap.core.common.RekapException;
import id.rekap.core.workspace.Workspace;
import id.rekap.forms.verify.VerifyFile;
import id.rekap.signing.TrustPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rekap verify FILE [--trust CERT]...}: checks a signed PDF, XLSX or recap package: signer,
 * level, region, signing time, intact content, trusted signer (by the --trust certificates and,
 * inside a workspace, its trust list). Exit 0 valid, 1 otherwise.
 */
@Command(name = "verify")
public final class VerifyCommand implements Callable<Integer> {
  @ParentCommand private RootCommand root;

  @Parameters(index = "0", paramLabel = "FILE")
  private Path file;

  @Option(names = "--trust", paramLabel = "CERT")
  private List<Path> trust;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(file)) {
      throw RekapException.badInput("input.error.missing", file);
    }
    var result = VerifyFile.run(file, TrustPolicy.of(certificates()));
    CliIo io = root.io();
    String signer =
        result
            .signer()
            .map(
                s ->
                    s.name()
                        + " ("
                        + s.level()
                        + " "
                        + s.regionCode()
                        + ", "
                        + s.electionId()
                        + ")")
            .orElse("-");
    String when = result.signedAt().map(Object::toString).orElse("-");
    if (result.valid()) {
      String sequence =
          result
              .packageResult()
              .flatMap(p -> p.manifest())
              .map(m -> m.path("sequence").asText())
              .orElse("-");
      io.out().println(io.text("cli.verify.valid", file, signer, when, sequence));
    } else {
      io.out().println(io.text("cli.verify.invalid", file));
    }
    io.out().println("  " + io.text("cli.verify.kind", result.kind().name()));
    io.out().println("  " + io.text("cli.verify.signer", signer));
    result
        .signer()
        .ifPresent(
            s ->
                io.out()
                    .println(
                        "  "
                            + io.text(
                                "cli.verify.level",
                                s.level(),
                                s.regionCode(),
                                s.electionId(),
                                s.mode().isEmpty() ? "-" : s.mode())));
    io.out().println("  " + io.text("cli.verify.time", when));
    io.out().println("  " + io.text("cli.verify.intact", yesNo(io, result.intact())));
    result
        .claims()
        .ifPresent(
            c -> {
              io.out()
                  .println(
                      "  "
                          + c.adoptionDigest()
                              .map(d -> io.text("cli.verify.adopted", d, c.adoptedAt().orElse("-")))
                              .orElse(io.text("cli.verify.notAdopted")));
              c.auditHead()
                  .ifPresent(h -> io.out().println("  " + io.text("cli.verify.auditHead", h)));
            });
    result
        .packageResult()
        .flatMap(p -> p.manifest())
        .map(m -> m.path("auditHead"))
        .filter(h -> h.has("seq"))
        .ifPresent(
            h ->
                io.out()
                    .println(
                        "  "
                            + io.text(
                                "cli.verify.auditHead",
                                h.path("seq").asText() + ":" + h.path("hash").asText())));
    io.out().println("  " + io.text("cli.verify.trusted", yesNo(io, result.trusted())));
    if (!result.problems().isEmpty()) {
      io.out().println("  " + io.text("cli.verify.problems"));
      result.problems().forEach(p -> io.out().println("    " + p));
    }
    if (!result.trusted()) {
      io.out().println("  " + io.text("cli.verify.untrusted"));
    }
    return ExitStatus.wrongIf(!result.valid());
  }

  private static String yesNo(CliIo io, boolean value) {
    return io.text(value ? "cli.verify.yes" : "cli.verify.no");
  }

  /** The --trust certificates, and, when run in a workspace, the workspace's trust list. */
  private List<X509Certificate> certificates() {
    List<X509Certificate> out = new ArrayList<>();
    if (Workspace.exists(root.workspaceFolder())) {
      try (var ws = root.openWorkspace()) {
        out.addAll(ws.trust().certificates());
      }
    }
    for (Path p : trust == null ? List.<Path>of() : trust) {
      try (InputStream in = Files.newInputStream(p)) {
        out.add((X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in));
      } catch (IOException | CertificateException e) {
        throw RekapException.badInput("input.error.unreadable", p, e.getMessage());
      }
    }
    return out;
  }
}
