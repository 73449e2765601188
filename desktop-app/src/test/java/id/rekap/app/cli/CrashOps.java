package id.rekap.app.cli;

import id.rekap.core.demo.DemoData;
import id.rekap.core.sync.HttpsTransport;
import id.rekap.core.sync.OutboxStatus;
import id.rekap.core.sync.SyncReceiver;
import id.rekap.core.workspace.Workspace;
import id.rekap.core.workspace.WorkspaceInternals;
import id.rekap.forms.verify.VerifyFile;
import id.rekap.signing.Sha256;
import id.rekap.signing.SigningKey;
import id.rekap.signing.TrustPolicy;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The operations the crash harness kills, each with its invariants and its re-run. */
final class CrashOps {
  static final String FAULTY = "3101011001001";
  static final String CLEAN = "3101021001001";

  private CrashOps() {}

  static List<Op> all(CrashHarness h) {
    return List.of(
        new Import(h),
        new Keying(h),
        new Correction(h),
        new Adoption(h),
        new Report(h),
        new PackageExport(h),
        new Backup(h),
        new SyncSend(h),
        new SyncReceive(h));
  }

  /** Whether the child was still running when it was killed, and what it printed. */
  record Killed(boolean killed, String output) {}

  /** A command under way: let it finish, or kill it. */
  interface Started {
    void finish() throws Exception;

    boolean kill() throws Exception;

    String output();
  }

  /** One operation: prepare a workspace, start the command, check after a kill, run again. */
  abstract static class Op {
    final CrashHarness h;

    Op(CrashHarness h) {
      this.h = h;
    }

    abstract String name();

    abstract void prepare(Path dir) throws Exception;

    abstract Started start(Path dir) throws Exception;

    /** The invariants after the kill; returns what the kill left (for the figures). */
    abstract String check(Path dir, Killed k, List<String> problems) throws Exception;

    /** Runs the command again to its end, and checks the end state. */
    abstract void rerun(Path dir, List<String> problems) throws Exception;

    Duration calibrate(Path dir, List<String> problems) throws Exception {
      prepare(dir);
      Started s = start(dir);
      long t0 = System.nanoTime();
      s.finish();
      Duration took = Duration.ofNanos(System.nanoTime() - t0);
      check(dir, new Killed(false, s.output()), problems);
      rerun(dir, problems);
      return took;
    }

    Killed killAfter(Path dir, Duration delay, List<String> problems) throws Exception {
      prepare(dir);
      Started s = start(dir);
      Thread.sleep(delay.toMillis());
      boolean killed = s.kill();
      return new Killed(killed, s.output());
    }

    /** A workspace command in a child, timed from the moment its JVM is up. */
    Started child(Path ws, String... args) throws Exception {
      CrashChild c = h.child(ws, args);
      if (!c.awaitGo()) {
        throw new IllegalStateException(name() + ": child did not start: " + c.output());
      }
      return new Started() {
        @Override
        public void finish() throws Exception {
          int status = c.waitFor(Duration.ofMinutes(5));
          if (status != 0 && status != 1) {
            throw new IllegalStateException(name() + " exit " + status + ": " + c.output());
          }
        }

        @Override
        public boolean kill() throws Exception {
          return c.kill();
        }

        @Override
        public String output() {
          return c.output();
        }
      };
    }

    void rerunOk(Path ws, List<String> problems, String password, String... args) {
      CliRun.Result r = h.cli(ws, password, args);
      if (r.status() != 0) {
        problems.add("re-run exit " + r.status() + ": " + r.err());
      }
    }

    /** What every operation keeps: the store opens, its chain verifies, its backups verify. */
    StoreFacts facts(Path ws, List<String> problems) {
      StoreFacts f = new StoreFacts(ws, problems);
      f.auditIntact();
      f.backupsVerify();
      return f;
    }
  }

  /** Import of the 88 real Sirekap files into a workspace with regions only. */
  static final class Import extends Op {
    Import(CrashHarness h) {
      super(h);
    }

    @Override
    String name() {
      return "import";
    }

    @Override
    void prepare(Path dir) throws Exception {
      h.copy("t-fresh", dir.resolve("ws"));
    }

    @Override
    Started start(Path dir) throws Exception {
      return child(dir.resolve("ws"), "import", h.data.resolve(DemoData.RESULTS).toString());
    }

    @Override
    String check(Path dir, Killed k, List<String> problems) {
      try (StoreFacts f = facts(dir.resolve("ws"), problems)) {
        Set<String> rows = f.results("sirekap");
        Set<String> stray = new HashSet<>(rows);
        stray.removeAll(h.referenceImport);
        f.check(stray.isEmpty(), "import: rows unlike a clean import: %s", stray);
        f.sameCount("tps_result", "result.import");
        int n = rows.size();
        return n == 0 ? "none" : n == h.referenceImport.size() ? "all 81 files" : "some files";
      }
    }

    @Override
    void rerun(Path dir, List<String> problems) {
      rerunOk(
          dir.resolve("ws"),
          problems,
          CrashHarness.PASSWORD,
          "import",
          h.data.resolve(DemoData.RESULTS).toString());
      try (StoreFacts f = facts(dir.resolve("ws"), problems)) {
        f.check(f.results("sirekap").equals(h.referenceImport), "import: re-run not complete");
        f.sameCount("tps_result", "result.import");
      }
    }
  }

  /** One operator keys a C.Hasil form. */
  static final class Keying extends Op {
    static final String[] FORM = {
      "--user",
      "ani",
      "key",
      "--contest",
      "ppwp",
      "--tps",
      FAULTY,
      "--set",
      "choices.1=83",
      "--set",
      "choices.2=107",
      "--set",
      "choices.3=38",
      "--set",
      "valid=228",
      "--set",
      "invalid=5",
      "--set",
      "total=233",
      "--set",
      "users=233",
      "--set",
      "dpt=292"
    };

    Keying(CrashHarness h) {
      super(h);
    }

    @Override
    String name() {
      return "keying";
    }

    @Override
    void prepare(Path dir) throws Exception {
      h.copy("t-kab", dir.resolve("ws"));
    }

    @Override
    Started start(Path dir) throws Exception {
      return child(dir.resolve("ws"), FORM);
    }

    @Override
    String check(Path dir, Killed k, List<String> problems) {
      try (StoreFacts f = facts(dir.resolve("ws"), problems)) {
        f.sameCount("keying", "entry.key");
        return f.rows("keying") == 0 ? "not recorded" : "recorded";
      }
    }

    @Override
    void rerun(Path dir, List<String> problems) {
      boolean done;
      try (StoreFacts f = new StoreFacts(dir.resolve("ws"), problems)) {
        done = f.rows("keying") == 1;
      }
      CliRun.Result r = h.cli(dir.resolve("ws"), CrashHarness.PASSWORD, FORM);
      // keyed already: the same operator keying again is refused, and changes nothing
      if (r.status() != (done ? 3 : 0)) {
        problems.add("keying re-run exit " + r.status() + ": " + r.err());
      }
      try (StoreFacts f = facts(dir.resolve("ws"), problems)) {
        f.check(f.rows("keying") == 1, "keying: %d rows after the re-run", f.rows("keying"));
        f.sameCount("keying", "entry.key");
      }
    }
  }

  /** The chair corrects a TPS. */
  static final class Correction extends Op {
    static final String[] CORRECT = {
      "--user",
      "ketua",
      "correct",
      "--contest",
      "ppwp",
      "--tps",
      CLEAN,
      "--set",
      "invalid=7",
      "--reason",
      "dibaca ulang dari plano",
      "--evidence",
      "plano",
      "--proposed-by",
      "saksi 01"
    };

    Correction(CrashHarness h) {
      super(h);
    }

    @Override
    String name() {
      return "correction";
    }

    @Override
    void prepare(Path dir) throws Exception {
      h.copy("t-kab", dir.resolve("ws"));
    }

    @Override
    Started start(Path dir) throws Exception {
      return child(dir.resolve("ws"), CORRECT);
    }

    @Override
    String check(Path dir, Killed k, List<String> problems) {
      try (StoreFacts f = facts(dir.resolve("ws"), problems)) {
        return consistent(f);
      }
    }

    private static String consistent(StoreFacts f) {
      f.sameCount("correction", "correction.apply");
      long results = f.results("correction").size();
      f.check(
          results == (f.rows("correction") > 0 ? 1 : 0),
          "correction: %d corrected results for %d corrections",
          results,
          f.rows("correction"));
      return f.rows("correction") == 0 ? "not applied" : "applied";
    }

    @Override
    void rerun(Path dir, List<String> problems) {
      rerunOk(dir.resolve("ws"), problems, CrashHarness.PASSWORD, CORRECT);
      try (StoreFacts f = facts(dir.resolve("ws"), problems)) {
        f.check("applied".equals(consistent(f)), "correction: not applied after the re-run");
      }
    }
  }

  /** The chair adopts a TPS. */
  static final class Adoption extends Op {
    static final String[] ADOPT = {
      "--user", "ketua", "adopt", "--contest", "ppwp", "--code", CLEAN
    };

    Adoption(CrashHarness h) {
      super(h);
    }

    @Override
    String name() {
      return "adoption";
    }

    @Override
    void prepare(Path dir) throws Exception {
      h.copy("t-kab", dir.resolve("ws"));
    }

    @Override
    Started start(Path dir) throws Exception {
      return child(dir.resolve("ws"), ADOPT);
    }

    @Override
    String check(Path dir, Killed k, List<String> problems) {
      try (StoreFacts f = facts(dir.resolve("ws"), problems)) {
        f.sameCount("adoption", "adoption.adopt");
        return f.rows("adoption") == 0 ? "not adopted" : "adopted";
      }
    }

    @Override
    void rerun(Path dir, List<String> problems) {
      boolean done;
      try (StoreFacts f = new StoreFacts(dir.resolve("ws"), problems)) {
        done = f.rows("adoption") == 1;
      }
      CliRun.Result r = h.cli(dir.resolve("ws"), CrashHarness.PASSWORD, ADOPT);
      if (r.status() != (done ? 3 : 0)) {
        problems.add("adoption re-run exit " + r.status() + ": " + r.err());
      }
      try (StoreFacts f = facts(dir.resolve("ws"), problems)) {
        f.check(f.rows("adoption") == 1, "adoption: %d rows after the re-run", f.rows("adoption"));
        f.sameCount("adoption", "adoption.adopt");
      }
    }
  }

  /** A signed D.Hasil PDF. */
  static final class Report extends Op {
    Report(CrashHarness h) {
      super(h);
    }

    @Override
    String name() {
      return "report";
    }

    @Override
    void prepare(Path dir) throws Exception {
      h.copy("t-kab", dir.resolve("ws"));
      Files.createDirectories(dir.resolve("out"));
    }

    private String[] args(Path dir) {
      return new String[] {
        "report",
        "--contest",
        "ppwp",
        "--form",
        "d-hasil",
        "--format",
        "pdf",
        "--out",
        dir.resolve("out").toString(),
        "--sign",
        // the template is not adopted: a signed DRAFT needs the explicit acknowledgement
        "--sign-draft"
      };
    }

    @Override
    Started start(Path dir) throws Exception {
      return child(dir.resolve("ws"), args(dir));
    }

    @Override
    String check(Path dir, Killed k, List<String> problems) throws Exception {
      try (StoreFacts f = facts(dir.resolve("ws"), problems)) {
        List<Path> files = StoreFacts.published(dir.resolve("out"));
        for (Path p : files) {
          var v = VerifyFile.run(p, TrustPolicy.of(List.of(h.kabCert)));
          f.check(v.valid(), "report %s under its name does not verify: %s", p, v.problems());
        }
        return files.isEmpty() ? "no file" : "signed file";
      }
    }

    @Override
    void rerun(Path dir, List<String> problems) throws Exception {
      rerunOk(dir.resolve("ws"), problems, CrashHarness.PASSWORD, args(dir));
      check(dir, null, problems);
      if (StoreFacts.published(dir.resolve("out")).size() != 1) {
        problems.add("report: no file after the re-run");
      }
    }
  }

  /** The signed recap package. */
  static final class PackageExport extends Op {
    PackageExport(CrashHarness h) {
      super(h);
    }

    @Override
    String name() {
      return "package export";
    }

    @Override
    void prepare(Path dir) throws Exception {
      h.copy("t-kab", dir.resolve("ws"));
      Files.createDirectories(dir.resolve("out"));
    }

    private String[] args(Path dir) {
      return new String[] {"package", "export", "--out", dir.resolve("out/paket.rekap").toString()};
    }

    @Override
    Started start(Path dir) throws Exception {
      return child(dir.resolve("ws"), args(dir));
    }

    @Override
    String check(Path dir, Killed k, List<String> problems) throws Exception {
      try (StoreFacts f = facts(dir.resolve("ws"), problems)) {
        f.outboxConsistent();
        Path pkg = dir.resolve("out/paket.rekap");
        boolean file = Files.exists(pkg);
        if (file) {
          var v = VerifyFile.run(pkg, TrustPolicy.of(List.of(h.kabCert)));
          f.check(v.valid(), "package under its name does not verify: %s", v.problems());
          String sha = Sha256.hex(Files.readAllBytes(pkg));
          f.check(
              f.outbox().stream().anyMatch(e -> e.sha256().equals(sha)),
              "package under its name is not the recorded one");
        }
        f.check(
            StoreFacts.published(dir.resolve("out")).size() == (file ? 1 : 0),
            "package: other files under final names");
        long recorded = f.rows("package_out");
        return file ? "file, recorded" : recorded > 0 ? "recorded, no file yet" : "nothing";
      }
    }

    @Override
    void rerun(Path dir, List<String> problems) throws Exception {
      long before;
      try (StoreFacts f = new StoreFacts(dir.resolve("ws"), problems)) {
        before = f.rows("package_out");
      }
      rerunOk(dir.resolve("ws"), problems, CrashHarness.PASSWORD, args(dir));
      check(dir, null, problems);
      try (StoreFacts f = new StoreFacts(dir.resolve("ws"), problems)) {
        f.check(f.rows("package_out") == before + 1, "package: re-run did not add the next number");
        String sha = Sha256.hex(Files.readAllBytes(dir.resolve("out/paket.rekap")));
        f.check(f.outbox().getLast().sha256().equals(sha), "package: file is not the newest");
      }
    }
  }

  /** {@code backup now}. */
  static final class Backup extends Op {
    Backup(CrashHarness h) {
      super(h);
    }

    @Override
    String name() {
      return "backup";
    }

    @Override
    void prepare(Path dir) throws Exception {
      h.copy("t-kab", dir.resolve("ws"));
    }

    @Override
    Started start(Path dir) throws Exception {
      return child(dir.resolve("ws"), "backup", "now");
    }

    @Override
    String check(Path dir, Killed k, List<String> problems) throws Exception {
      try (StoreFacts f = facts(dir.resolve("ws"), problems)) {
        var head = f.ws.verifyAudit().run();
        try (StoreFacts t = new StoreFacts(h.root.resolve("t-kab"), problems)) {
          f.check(
              head.headHash().equals(t.ws.verifyAudit().run().headHash()),
              "backup changed the store");
        }
        int n = StoreFacts.published(dir.resolve("ws/backups")).size();
        return n == 0 ? "no backup" : "verified backup";
      }
    }

    @Override
    void rerun(Path dir, List<String> problems) throws Exception {
      rerunOk(dir.resolve("ws"), problems, CrashHarness.PASSWORD, "backup", "now");
      try (StoreFacts f = facts(dir.resolve("ws"), problems)) {
        f.check(!f.ws.backups("harness").list().isEmpty(), "backup: none after the re-run");
      }
      try (var left = Files.list(dir.resolve("ws/backups"))) {
        List<String> hidden =
            left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
        if (!hidden.isEmpty()) {
          problems.add("backup: leftovers after the re-run: " + hidden);
        }
      }
    }
  }

  /** Shared by both sync operations: the PPK's outbox and the kab/kota's received packages. */
  abstract static class SyncOp extends Op {
    SyncOp(CrashHarness h) {
      super(h);
    }

    @Override
    void prepare(Path dir) throws Exception {
      h.copy("t-ppk", dir.resolve("ppk"));
      h.copy("t-kab", dir.resolve("kab"));
    }

    SigningKey kabKey(Path dir) {
      return SigningKey.load(
          dir.resolve("kab/keys/signing.p12"), CrashHarness.PASSPHRASE.toCharArray());
    }

    SyncReceiver receiver(Workspace kab, Path dir) throws Exception {
      return kab.receivePackages()
          .start(
              kab.users().login("ketua", CrashHarness.PASSWORD.toCharArray()),
              kabKey(dir),
              new InetSocketAddress(InetAddress.getLoopbackAddress(), h.port),
              SyncReceiver.Limits.standard());
    }

    /** Delivers what the PPK's outbox holds, on a clock a day ahead (past every back-off). */
    static void deliver(Path ppk, List<String> problems) {
      Clock later = Clock.offset(Clock.systemDefaultZone(), Duration.ofDays(1));
      try (Workspace ws = Workspace.open(ppk, later)) {
        var transport = new HttpsTransport(later, Duration.ofSeconds(10), Duration.ofSeconds(60));
        for (int round = 0; round < 5; round++) {
          if (ws.sync()
              .sender(ws.users().login("ketua", CrashHarness.PASSWORD.toCharArray()), transport)
              .runOnce()
              .done()) {
            return;
          }
        }
        problems.add("sync: outbox not delivered after the re-run: " + ws.sync().outbox());
      }
    }

    String consistent(Path dir, List<String> problems) {
      Set<Integer> delivered = new HashSet<>();
      try (StoreFacts p = facts(dir.resolve("ppk"), problems)) {
        p.outboxConsistent();
        p.outbox().stream()
            .filter(e -> e.status() == OutboxStatus.DELIVERED)
            .forEach(e -> delivered.add(e.sequence()));
        p.check(
            p.outbox().stream().noneMatch(e -> e.status() == OutboxStatus.REFUSED),
            "sync: a package was refused: %s",
            p.outbox());
      }
      try (StoreFacts k = facts(dir.resolve("kab"), problems)) {
        k.sameCount("package_in", "package.import");
        List<Integer> received =
            WorkspaceInternals.database(k.ws)
                .dsl()
                .fetch("select sequence from package_in order by sequence")
                .getValues(0, Integer.class);
        k.check(
            new HashSet<>(received).size() == received.size(),
            "sync: a package twice: %s",
            received);
        k.check(
            received.containsAll(delivered),
            "sync: delivered %s but received %s",
            delivered,
            received);
        long current =
            WorkspaceInternals.database(k.ws)
                .dsl()
                .fetchOne("select count(*) from package_in where superseded_by is null")
                .get(0, Long.class);
        k.check(current == (received.isEmpty() ? 0 : 1), "sync: %d current packages", current);
        return received.size() + " of 3 received";
      }
    }

    void complete(Path dir, List<String> problems) {
      try (StoreFacts k = new StoreFacts(dir.resolve("kab"), problems)) {
        List<Integer> received =
            WorkspaceInternals.database(k.ws)
                .dsl()
                .fetch("select sequence from package_in order by sequence")
                .getValues(0, Integer.class);
        k.check(received.equals(List.of(1, 2, 3)), "sync: after the re-run received %s", received);
      }
      try (StoreFacts p = new StoreFacts(dir.resolve("ppk"), problems)) {
        p.check(
            p.outbox().stream().allMatch(e -> e.status() == OutboxStatus.DELIVERED),
            "sync: not all delivered: %s",
            p.outbox());
      }
    }
  }

  /** {@code rekap sync} at the PPK, killed; the kab/kota receiver runs in the test's JVM. */
  static final class SyncSend extends SyncOp {
    SyncSend(CrashHarness h) {
      super(h);
    }

    @Override
    String name() {
      return "sync send";
    }

    @Override
    Started start(Path dir) throws Exception {
      Workspace kab = Workspace.open(dir.resolve("kab"), Clock.systemDefaultZone());
      SyncReceiver receiver = receiver(kab, dir);
      Started sender;
      try {
        sender = child(dir.resolve("ppk"), "sync");
      } catch (Exception e) {
        receiver.close();
        kab.close();
        throw e;
      }
      return new Started() {
        @Override
        public void finish() throws Exception {
          try {
            sender.finish();
          } finally {
            receiver.close();
            kab.close();
          }
        }

        @Override
        public boolean kill() throws Exception {
          try {
            return sender.kill();
          } finally {
            receiver.close();
            kab.close();
          }
        }

        @Override
        public String output() {
          return sender.output();
        }
      };
    }

    @Override
    String check(Path dir, Killed k, List<String> problems) {
      return consistent(dir, problems);
    }

    @Override
    void rerun(Path dir, List<String> problems) throws Exception {
      try (Workspace kab = Workspace.open(dir.resolve("kab"), Clock.systemDefaultZone())) {
        SyncReceiver r = receiver(kab, dir);
        try {
          deliver(dir.resolve("ppk"), problems);
        } finally {
          r.close();
        }
      }
      consistent(dir, problems);
      complete(dir, problems);
    }
  }

  /** {@code rekap serve} at the kab/kota, killed while the PPK (in the test's JVM) delivers. */
  static final class SyncReceive extends SyncOp {
    SyncReceive(CrashHarness h) {
      super(h);
    }

    @Override
    String name() {
      return "sync receive";
    }

    private CrashChild serve(Path dir) throws Exception {
      CrashChild c =
          h.child(
              dir.resolve("kab"), "serve", "--port", String.valueOf(h.port), "--bind", "127.0.0.1");
      if (!c.await(l -> l.contains("https://127.0.0.1:"), Duration.ofMinutes(2))) {
        c.kill();
        throw new IllegalStateException("receiver did not start: " + c.output());
      }
      return c;
    }

    @Override
    Started start(Path dir) throws Exception {
      CrashChild receiver = serve(dir);
      List<String> senderProblems = new ArrayList<>();
      Thread sender =
          Thread.ofPlatform()
              .start(
                  () -> {
                    try (Workspace ppk =
                        Workspace.open(dir.resolve("ppk"), Clock.systemDefaultZone())) {
                      var t =
                          new HttpsTransport(
                              Clock.systemDefaultZone(),
                              Duration.ofSeconds(10),
                              Duration.ofSeconds(60));
                      ppk.sync()
                          .sender(
                              ppk.users().login("ketua", CrashHarness.PASSWORD.toCharArray()), t)
                          .runOnce();
                    } catch (RuntimeException e) {
                      synchronized (senderProblems) {
                        senderProblems.add("sender: " + e);
                      }
                    }
                  });
      return new Started() {
        @Override
        public void finish() throws Exception {
          sender.join(Duration.ofMinutes(5));
          receiver.stop();
        }

        /** Killed while the delivery was under way (the receiver itself always runs). */
        @Override
        public boolean kill() throws Exception {
          boolean during = sender.isAlive();
          receiver.kill();
          sender.join(Duration.ofMinutes(5));
          return during;
        }

        @Override
        public String output() {
          return receiver.output() + senderProblems;
        }
      };
    }

    @Override
    String check(Path dir, Killed k, List<String> problems) {
      return consistent(dir, problems);
    }

    @Override
    void rerun(Path dir, List<String> problems) throws Exception {
      CrashChild receiver = serve(dir);
      try {
        deliver(dir.resolve("ppk"), problems);
      } finally {
        receiver.stop();
      }
      consistent(dir, problems);
      complete(dir, problems);
    }
  }
}
