package id.rekap.app.cli.workspace;

import id.rekap.app.cli.ExitStatus;
import id.rekap.app.cli.FormatOption;
import id.rekap.app.cli.RootCommand;
import id.rekap.core.common.Json;
import id.rekap.core.status.ContestStatus;
import id.rekap.core.workspace.Workspace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rekap status}: per contest, TPS expected / received / missing / with errors / warnings.
 */
@Command(name = "status")
public final class StatusCommand implements Callable<Integer> {
  static final String FORMAT = "rekap-status/1";

  @ParentCommand private RootCommand root;

  @Mixin private FormatOption format;

  @Override
  public Integer call() {
    try (Workspace ws = root.openForReading()) {
      List<ContestStatus> status = ws.status().run();
      if (format.json()) {
        root.io().out().println(Json.canonicalOrdered(document(ws, status)));
      } else {
        new StatusPrinter(root.io()).print(ws);
      }
    }
    return ExitStatus.OK.code();
  }

  private static Map<String, Object> document(Workspace ws, List<ContestStatus> status) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", FORMAT);
    Map<String, Object> w = new LinkedHashMap<>();
    w.put("level", ws.info().level().id());
    w.put("region", ws.info().region().value());
    w.put("name", ws.info().name());
    w.put("election", ws.info().electionId());
    w.put("mode", ws.info().electionMode());
    doc.put("workspace", w);
    List<Map<String, Object>> contests = new ArrayList<>();
    var breakdown = StatusBreakdown.of(ws);
    for (ContestStatus s : status) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("contest", s.contest());
      c.put("name", s.name());
      c.put("expected", s.expected());
      c.put("received", s.received());
      c.put("missing", s.missing());
      c.put("withErrors", s.withErrors());
      c.put("withWarnings", s.withWarnings());
      if (s.emptyColumn() != null) {
        // an extension of rekap-status/1: a single-pair contest says where the empty column stands
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("number", s.emptyColumn().number());
        e.put("votes", s.emptyColumn().votes());
        e.put("pairNumber", s.emptyColumn().pairNumber());
        e.put("pairVotes", s.emptyColumn().pairVotes());
        e.put("leads", s.emptyColumn().leads());
        c.put("emptyColumn", e);
      }
      var rows = breakdown.get(id.rekap.core.election.ContestCode.of(s.contest()).orElse(null));
      if (rows != null) {
        // an extension of rekap-status/1: a receiving centre's rows per sending region
        c.put("regionLevel", StatusBreakdown.level(ws).id());
        c.put("regions", rows.stream().map(StatusCommand::region).toList());
      }
      contests.add(c);
    }
    doc.put("contests", contests);
    return doc;
  }

  private static Map<String, Object> region(StatusBreakdown.Row r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", r.code());
    m.put("name", r.name());
    m.put("expected", r.expected());
    m.put("received", r.received());
    m.put("missing", r.missing());
    var p = r.inForce();
    if (p == null) {
      m.put("package", null);
    } else {
      Map<String, Object> pkg = new LinkedHashMap<>();
      pkg.put("sequence", p.sequence());
      pkg.put("signer", StatusBreakdown.signer(p));
      pkg.put("signerFingerprint", p.signerFingerprint());
      pkg.put("signedAt", p.signedAt());
      pkg.put("importedAt", p.importedAt());
      pkg.put("differences", r.differences());
      pkg.put("adoptedBySender", r.adoptedBySender());
      m.put("package", pkg);
    }
    m.put("adopted", r.adoptedHere());
    return m;
  }
}
