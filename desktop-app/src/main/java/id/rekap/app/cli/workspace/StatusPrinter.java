package id.rekap.app.cli.workspace;

import id.rekap.app.cli.CliIo;
import id.rekap.core.recap.EmptyColumnStanding;
import id.rekap.core.status.ContestStatus;
import id.rekap.core.workspace.Workspace;
import java.util.List;

/** The status table for people at a terminal. */
public final class StatusPrinter {
  private static final String ROW = "%-8s %10s %10s %10s %10s %10s%n";
  private static final String BREAKDOWN = "%-6s %-22s %10s %10s %8s %11s  %-23s %-18s %s%n";
  private final CliIo io;

  StatusPrinter(CliIo io) {
    this.io = io;
  }

  void print(Workspace ws) {
    io.out()
        .println(
            io.text(
                "cli.status.header",
                ws.info().name(),
                ws.info().level().id(),
                ws.info().region().dotted(),
                ws.regionTree().nameOf(ws.info().region()),
                ws.info().electionId()));
    io.out()
        .printf(
            ROW,
            io.text("cli.status.contest"),
            io.text("cli.status.expected"),
            io.text("cli.status.received"),
            io.text("cli.status.missing"),
            io.text("cli.status.errors"),
            io.text("cli.status.warnings"));
    List<ContestStatus> all = ws.status().run();
    for (ContestStatus s : all) {
      io.out()
          .printf(
              ROW,
              io.safe(s.contest()),
              io.count(s.expected()),
              io.count(s.received()),
              io.count(s.missing()),
              orDash(s.withErrors()),
              orDash(s.withWarnings()));
    }
    for (ContestStatus s : all) {
      if (s.emptyColumn() != null) {
        io.out().println(emptyColumn(s.contest(), s.emptyColumn()));
      }
    }
    breakdown(ws);
  }

  /**
   * At a receiving centre, per contest: each kecamatan (kab/kota) with its TPS, the package in
   * force from its PPK (KPU Kabupaten/Kota), the R22 differences, and the adoptions there and here.
   */
  private void breakdown(Workspace ws) {
    var level = StatusBreakdown.level(ws);
    if (level == null) {
      return;
    }
    StatusBreakdown.of(ws)
        .forEach(
            (contest, rows) -> {
              io.out().println();
              io.out()
                  .println(io.text("cli.status.breakdown." + ws.info().level().id(), contest.id()));
              io.out()
                  .printf(
                      BREAKDOWN,
                      io.text("cli.status.code"),
                      io.text("cli.status.name"),
                      io.text("cli.status.expected"),
                      io.text("cli.status.received"),
                      io.text("cli.status.missing"),
                      io.text("cli.status.differences"),
                      io.text("cli.status.adoptedBySender." + ws.info().level().id()),
                      io.text("cli.status.adoptedHere"),
                      io.text("cli.status.package"));
              for (StatusBreakdown.Row r : rows) {
                var p = r.inForce();
                io.out()
                    .printf(
                        BREAKDOWN,
                        io.safe(r.code()),
                        io.safe(shorten(r.name())),
                        io.count(r.expected()),
                        io.count(r.received()),
                        io.count(r.missing()),
                        p == null ? "-" : io.count(r.differences()),
                        p == null
                            ? "-"
                            : io.text(r.adoptedBySender() ? "cli.status.yes" : "cli.status.no"),
                        io.text(r.adoptedHere() ? "cli.status.yes" : "cli.status.no"),
                        p == null
                            ? io.text("cli.status.noPackage")
                            : io.safe(
                                io.text(
                                    "cli.status.packageInForce",
                                    io.count(p.sequence()),
                                    StatusBreakdown.signer(p),
                                    p.signedAt() != null ? p.signedAt() : p.importedAt())));
              }
            });
  }

  private static String shorten(String name) {
    return name.length() <= 22 ? name : name.substring(0, 21) + "…";
  }

  /**
   * One plain sentence on a single-pair contest: who leads, and loudly when the empty column does.
   */
  private String emptyColumn(String contest, EmptyColumnStanding e) {
    String key =
        e.leads()
            ? "cli.status.emptyColumnLeads"
            : e.tied() ? "cli.status.emptyColumnTied" : "cli.status.emptyColumnTrails";
    return io.text(
        key, contest, e.number(), io.count(e.votes()), e.pairNumber(), io.count(e.pairVotes()));
  }

  private String orDash(Integer n) {
    return n == null ? "-" : io.count(n);
  }
}
