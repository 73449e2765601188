package id.rekap.core.bench;

import id.rekap.core.adoption.Adoptions;
import id.rekap.core.election.Contest;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.election.ElectionDefinitionParser;
import id.rekap.core.intake.ImportRequest;
import id.rekap.core.intake.ImportResults;
import id.rekap.core.intake.ImportSummary;
import id.rekap.core.region.TpsCode;
import id.rekap.core.setup.WorkspaceLevel;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import id.rekap.core.workspace.CreateWorkspace;
import id.rekap.core.workspace.Workspace;
import id.rekap.signing.SigningKey;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Builds (once per scale and seed, then reused) the kab/kota packages the province benchmark
 * imports, through the code path real offices take: per kecamatan a PPK workspace imports its
 * generated Sirekap files, makes its signing key and exports its signed package; per kab/kota a
 * workspace trusts its PPK certificates, imports their packages, adopts its whole region in every
 * contest, makes its key and exports its package (signed D.Hasil Kab/Kota, adoptions, audit head,
 * aggregates). Every package is what a real kab/kota would send. The cache folder holds the
 * election, the province's region list, one certificate and one package per kab/kota, and a marker
 * per kab/kota done, so an interrupted build resumes.
 */
final class ProvincePackages {
  static final String PASSPHRASE = "frasa sandi kunci benchmark";
  private static final User CHAIR = new User("bench", Role.CHAIR);

  /** What the cache holds. */
  record Built(
      Path folder,
      Path election,
      Path regions,
      List<String> kabkota,
      int kecamatan,
      int desa,
      int tps,
      boolean viaPpk,
      double seconds) {

    Path certificate(String kab) {
      return folder.resolve("certs").resolve(kab + ".pem");
    }

    Path pkg(String kab) {
      return folder.resolve("packages").resolve(kab + "-1.rekap");
    }
  }

  /** Where the build's time goes, step by step (summed over threads), for the record. */
  private final Map<String, java.util.concurrent.atomic.LongAdder> steps =
      new java.util.concurrent.ConcurrentSkipListMap<>();

  private final Path folder;
  private final ProvinceFixture region;
  private final long seed;
  private final boolean viaPpk;
  private final PrintStream log;
  private ElectionDefinition election;

  private ProvincePackages(
      Path folder, ProvinceFixture region, long seed, boolean viaPpk, PrintStream log) {
    this.folder = folder;
    this.region = region;
    this.seed = seed;
    this.viaPpk = viaPpk;
    this.log = log;
  }

  /**
   * The packages for this scale and seed under {@code root}, built now where missing.
   *
   * @param viaPpk through PPK workspaces and their packages (the real path); otherwise each
   *     kab/kota imports the generated Sirekap files of its region itself and adopts nothing
   *     (quicker to build: 27 workspaces instead of 654 and no plenary decisions)
   * @param threads kab/kota built at once
   */
  static Built ensure(
      Path root, ProvinceScale scale, long seed, boolean viaPpk, int threads, PrintStream log) {
    Path folder =
        root.resolve("packages-" + scale.key() + "-seed" + seed + (viaPpk ? "" : "-direct"));
    ProvinceFixture region = ProvinceFixture.load().cut(scale);
    long t0 = System.nanoTime();
    try {
      Files.createDirectories(folder.resolve("certs"));
      Files.createDirectories(folder.resolve("packages"));
      Path electionFile = folder.resolve("election.json");
      Path regions = folder.resolve("wilayah-32.json");
      if (!Files.exists(electionFile)) {
        ProvinceElection.write(electionFile, region, seed);
        region.write(regions);
      }
      ProvincePackages p = new ProvincePackages(folder, region, seed, viaPpk, log);
      p.election = ElectionDefinitionParser.parse(electionFile);
      List<String> todo = region.kabkota().stream().filter(k -> !Files.exists(p.done(k))).toList();
      if (!todo.isEmpty()) {
        log.println(
            "Building "
                + todo.size()
                + (viaPpk
                    ? " kab/kota packages from generated PPK data into "
                    : " kab/kota packages from generated Sirekap files (--direct) into ")
                + folder
                + " (cached for later runs)");
      }
      ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
      try {
        List<Future<?>> jobs = new ArrayList<>();
        for (String kab : todo) {
          jobs.add(pool.submit(() -> p.kabkota(kab)));
        }
        for (Future<?> j : jobs) {
          j.get();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException("building the packages failed: " + e.getCause(), e);
      } finally {
        pool.shutdownNow();
      }
      p.steps.forEach(
          (step, nanos) ->
              log.printf(java.util.Locale.ROOT, "  step %-28s %8.1f s%n", step, nanos.sum() / 1e9));
      return new Built(
          folder,
          electionFile,
          regions,
          region.kabkota(),
          region.kecamatan().size(),
          region.desa().size(),
          region.tpsCount(),
          viaPpk,
          todo.isEmpty() ? 0 : (System.nanoTime() - t0) / 1e9);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private long step(String name, long since) {
    long now = System.nanoTime();
    steps.computeIfAbsent(name, n -> new java.util.concurrent.atomic.LongAdder()).add(now - since);
    return now;
  }

  private Path done(String kab) {
    return folder.resolve("done-" + kab);
  }

  /** One kab/kota: its PPK, their packages imported and adopted, its own package exported. */
  private Void kabkota(String kab) throws IOException {
    long t0 = System.nanoTime();
    Path work = folder.resolve("work-" + kab);
    BenchDataGenerator.deleteTree(work);
    Files.createDirectories(work);
    ProvinceFixture mine = region.under(kab);
    Path regions = mine.write(work.resolve("wilayah-" + kab + ".json"));
    long t = System.nanoTime();
    try (Workspace ws = create(work.resolve("kabkota"), WorkspaceLevel.KABKOTA, kab)) {
      ws.importRegions(CHAIR, List.of(regions));
      t = step("kab/kota: create, regions", t);
      if (!viaPpk) {
        Path files = work.resolve("files");
        int written = generate(mine, files);
        t = step("kab/kota: generate files", t);
        ImportSummary s =
            ws.importResults()
                .run(CHAIR, ImportRequest.of(List.of(files)), ImportResults.Progress.NONE);
        if (s.imported() != written || !s.refused().isEmpty()) {
          throw new IllegalStateException(kab + ": imported " + s.imported() + " of " + written);
        }
        BenchDataGenerator.deleteTree(files);
        t = step("kab/kota: import results", t);
      }
      for (String kec : viaPpk ? mine.kecamatan() : List.<String>of()) {
        Path ppkPackage = work.resolve(kec + "-1.rekap");
        Path ppkCert = work.resolve(kec + ".pem");
        ppk(work, regions, mine.under(kec), kec, ppkPackage, ppkCert);
        t = System.nanoTime();
        ws.trust().add(CHAIR, ppkCert, "PPK " + mine.name(kec));
        ws.importPackage().run(CHAIR, ppkPackage);
        Files.delete(ppkPackage);
        t = step("kab/kota: import PPK package", t);
      }
      if (viaPpk) {
        adopt(ws, kab, mine.kecamatan());
        t = step("kab/kota: adopt", t);
      }
      ws.keys().init(CHAIR, PASSPHRASE.toCharArray());
      ws.keys()
          .exportCertificate(
              PASSPHRASE.toCharArray(), folder.resolve("certs").resolve(kab + ".pem"));
      SigningKey key = ws.keys().open(PASSPHRASE.toCharArray());
      Path out = folder.resolve("packages").resolve(kab + "-1.rekap");
      Files.deleteIfExists(out);
      ws.exportPackage().run(CHAIR, key, null, out, "benchmark");
      step("kab/kota: key, export package", t);
    }
    BenchDataGenerator.deleteTree(work);
    Files.writeString(done(kab), "built\n");
    log.printf(
        java.util.Locale.ROOT,
        "  %s %s: %d kecamatan, %d TPS, %.1f s%n",
        kab,
        region.name(kab),
        mine.kecamatan().size(),
        mine.tpsCount(),
        (System.nanoTime() - t0) / 1e9);
    return null;
  }

  /** One PPK: workspace, its generated Sirekap files imported, its key, its signed package. */
  private void ppk(Path work, Path regions, ProvinceFixture kec, String code, Path pkg, Path cert) {
    Path wsFolder = work.resolve("ppk-" + code);
    Path files = work.resolve("files-" + code);
    long t = System.nanoTime();
    try (Workspace ppk = create(wsFolder, WorkspaceLevel.KECAMATAN, code)) {
      t = step("ppk: create workspace", t);
      ppk.importRegions(CHAIR, List.of(regions));
      t = step("ppk: import regions", t);
      int written = generate(kec, files);
      t = step("ppk: generate files", t);
      ImportSummary s =
          ppk.importResults()
              .run(CHAIR, ImportRequest.of(List.of(files)), ImportResults.Progress.NONE);
      if (s.imported() != written || !s.refused().isEmpty()) {
        throw new IllegalStateException(
            code + ": imported " + s.imported() + " of " + written + ", refused " + s.refused());
      }
      t = step("ppk: import results", t);
      adopt(ppk, code, kec.desa());
      t = step("ppk: adopt", t);
      ppk.keys().init(CHAIR, PASSPHRASE.toCharArray());
      ppk.keys().exportCertificate(PASSPHRASE.toCharArray(), cert);
      SigningKey key = ppk.keys().open(PASSPHRASE.toCharArray());
      t = step("ppk: key", t);
      ppk.exportPackage().run(CHAIR, key, null, pkg, "benchmark");
      t = step("ppk: export package", t);
    }
    BenchDataGenerator.deleteTree(wsFolder);
    BenchDataGenerator.deleteTree(files);
  }

  /**
   * The plenary adopts bottom-up in every contest, as the chair does: each of the given regions
   * beneath (its TPS swept; what a finding holds back stays out), then the workspace's own region.
   */
  private void adopt(Workspace ws, String place, List<String> beneath) {
    for (Contest c : election.contests()) {
      for (String code : beneath) {
        decide(ws, c, code);
      }
      decide(ws, c, place);
    }
  }

  private static void decide(Workspace ws, Contest c, String code) {
    ws.adoptions()
        .decide(
            CHAIR,
            new Adoptions.Request(c.code(), code, "Rapat pleno benchmark", Map.of(), true, null));
  }

  /**
   * The kecamatan's Sirekap files, every TPS digitised (the PPK's plenary keyed what Sirekap
   * lacked): numbers from the same seeded streams as the Bogor benchmark.
   */
  private int generate(ProvinceFixture kec, Path root) {
    int files = 0;
    for (String desa : kec.desa()) {
      for (Contest contest : election.contests()) {
        Path dir =
            root.resolve(contest.code().id())
                .resolve(desa.substring(0, 2))
                .resolve(desa.substring(0, 4))
                .resolve(desa.substring(0, 6))
                .resolve(desa);
        SirekapFileWriter writer = new SirekapFileWriter(contest);
        try {
          Files.createDirectories(dir);
          for (String code : kec.tpsOf(desa)) {
            TpsCode t = new TpsCode(code);
            if (!contest.appliesTo(t)) {
              continue;
            }
            TpsVoters voters = TpsVoters.generate(BenchDataGenerator.random(seed, code, -1));
            SplittableRandom r = BenchDataGenerator.random(seed, code, contest.code().ordinal());
            Files.write(dir.resolve(code + ".json"), writer.write(t, voters, true, r));
            files++;
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return files;
  }

  private Workspace create(Path ws, WorkspaceLevel level, String code) {
    return CreateWorkspace.run(
        ws,
        new CreateWorkspace.Request(level, code, folder.resolve("election.json"), null),
        new CreateWorkspace.FirstAdmin("admin", "gerbang-uji-91".toCharArray()),
        Clock.systemUTC());
  }
}
