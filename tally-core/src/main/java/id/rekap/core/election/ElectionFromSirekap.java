package id.rekap.core.election;

import id.rekap.core.common.Json;
import id.rekap.core.common.RekapException;
import id.rekap.core.region.RegionCode;
import id.rekap.core.region.RegionLevel;
import id.rekap.signing.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Builds an election definition ({@code rekap-election/1}) from Sirekap's public candidate master
 * files for one tally centre's region, so that a clerk never writes the JSON by hand: the governor
 * pairs of the region's province ({@code pkwkp.json}), the bupati or walikota pairs of its
 * kabupaten/kota ({@code pkwkk.json}), or the presidential pairs ({@code ppwp.json}), with
 * Pilkada's or Pemilu's thresholds. The result is checked with {@link ElectionDefinitionParser}
 * before it is handed out.
 */
public final class ElectionFromSirekap {
  private ElectionFromSirekap() {}

  /**
   * @param paths master files or folders holding them (named after their contest)
   * @param contest the contest of a single file not named after one
   * @param id the election id; empty for {@code pilkada-2024} or {@code pemilu-2024}
   */
  public record Request(
      List<Path> paths,
      RegionCode region,
      Optional<ContestCode> contest,
      Optional<String> id,
      Optional<String> name,
      Optional<String> date,
      ElectionDefinition.Mode mode) {
    public Request {
      paths = List.copyOf(paths);
    }
  }

  /**
   * The definition as written ({@code json}) and as parsed; {@code notHeld} lists the master files
   * that have no candidates for the region (no such election there, e.g. no bupati in DKI).
   */
  public record Outcome(byte[] json, ElectionDefinition definition, List<Path> notHeld) {}

  /**
   * The kinds of election a master file belongs to, with their thresholds (docs/election-facts.md
   * §1.2).
   */
  private enum Kind {
    PEMILU("pemilu-2024", "Pemilu 2024", "2024-02-14", 300, 2.0),
    PILKADA("pilkada-2024", "Pilkada 2024", "2024-11-27", 600, 2.5);

    final String id;
    final String name;
    final String date;
    final int maxVoters;
    final double reserve;

    Kind(String id, String name, String date, int maxVoters, double reserve) {
      this.id = id;
      this.name = name;
      this.date = date;
      this.maxVoters = maxVoters;
      this.reserve = reserve;
    }

    static Kind of(ContestCode c) {
      return c == ContestCode.PPWP ? PEMILU : PILKADA;
    }
  }

  public static Outcome build(Request r) {
    Map<ContestCode, Path> files = files(r.paths(), r.contest());
    Kind kind = null;
    for (var e : files.entrySet()) {
      Kind k = Kind.of(e.getKey());
      if (kind != null && kind != k) {
        throw RekapException.badInput("master.error.mixed", e.getValue());
      }
      kind = k;
    }
    List<Map<String, Object>> contests = new ArrayList<>();
    List<Map<String, Object>> sources = new ArrayList<>();
    List<Path> notHeld = new ArrayList<>();
    for (var e : files.entrySet()) {
      ContestCode code = e.getKey();
      Path file = e.getValue();
      SirekapCandidateMaster master = SirekapCandidateMaster.read(file);
      String scope = scope(code, r.region(), file);
      Optional<List<SirekapCandidateMaster.Entry>> entries =
          scope.isEmpty() ? Optional.of(master.candidates()) : master.candidatesOf(scope);
      if (entries.isEmpty()) {
        notHeld.add(file);
        continue;
      }
      contests.add(contest(code, scope, entries.get()));
      Map<String, Object> source = new LinkedHashMap<>();
      source.put("file", file.getFileName().toString());
      source.put("sha256", Sha256.hex(read(file)));
      source.put("region", scope);
      sources.add(source);
    }
    if (contests.isEmpty()) {
      throw RekapException.badInput("master.error.noContest", r.region().dotted());
    }
    Map<String, Object> election = new LinkedHashMap<>();
    election.put("id", r.id().orElse(kind.id));
    election.put("name", r.name().orElse(kind.name));
    election.put("date", r.date().orElse(kind.date));
    election.put("maxVotersPerTps", kind.maxVoters);
    election.put("ballotReservePercent", kind.reserve);
    election.put("mode", r.mode().id());
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", ElectionDefinitionParser.FORMAT);
    doc.put("election", election);
    doc.put("contests", contests);
    doc.put("sirekapCandidateMaster", sources);
    byte[] json;
    try {
      json = Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(doc);
    } catch (IOException e) {
      throw new IllegalStateException("election definition not serialisable", e);
    }
    ElectionDefinition parsed = ElectionDefinitionParser.parse("from-sirekap", json);
    return new Outcome(json, parsed, notHeld);
  }

  /**
   * Writes the definition atomically; an existing file is replaced only when asked, so a definition
   * a workspace was made from is not overwritten by accident.
   */
  public static void write(Outcome outcome, Path out, boolean replace) {
    if (Files.exists(out) && !replace) {
      throw RekapException.badInput("master.error.exists", out);
    }
    try {
      Path dir = out.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, ".election", ".tmp");
      Files.write(tmp, outcome.json());
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw RekapException.badInput("input.error.unreadable", out, e.getMessage());
    }
  }

  /** The master files by contest: folders give their files named after a contest. */
  private static Map<ContestCode, Path> files(List<Path> paths, Optional<ContestCode> fallback) {
    Map<ContestCode, Path> out = new TreeMap<>();
    List<Path> given = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.list(p)) {
          s.filter(f -> contestOf(f).isPresent()).sorted().forEach(given::add);
        } catch (IOException e) {
          throw RekapException.badInput("input.error.unreadable", p, e.getMessage());
        }
      } else if (Files.isRegularFile(p)) {
        given.add(p);
      } else {
        throw RekapException.badInput("input.error.missing", p);
      }
    }
    for (Path f : given) {
      ContestCode code =
          contestOf(f)
              .or(() -> given.size() == 1 ? fallback : Optional.empty())
              .orElseThrow(() -> RekapException.badInput("master.error.contest", f));
      if (code != ContestCode.PPWP && code != ContestCode.PKWKP && code != ContestCode.PKWKK) {
        throw RekapException.badInput("master.error.contestKind", f, code);
      }
      if (out.put(code, f) != null) {
        throw RekapException.badInput("master.error.twice", f, code);
      }
    }
    if (out.isEmpty()) {
      throw RekapException.badInput("input.error.noFiles", paths);
    }
    return out;
  }

  private static Optional<ContestCode> contestOf(Path f) {
    String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".json")
        ? ContestCode.of(name.substring(0, name.length() - ".json".length()))
        : Optional.empty();
  }

  /** The region key of the contest in its master file: province, kab/kota, or none (national). */
  private static String scope(ContestCode code, RegionCode region, Path file) {
    RegionLevel level =
        switch (code) {
          case PKWKP -> RegionLevel.PROVINSI;
          case PKWKK -> RegionLevel.KABKOTA;
          default -> null;
        };
    if (level == null) {
      return "";
    }
    return region
        .at(level)
        .map(RegionCode::value)
        .orElseThrow(
            () -> RekapException.badInput("master.error.region", file, region.dotted(), code));
  }

  private static Map<String, Object> contest(
      ContestCode code, String scope, List<SirekapCandidateMaster.Entry> entries) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("code", code.id());
    c.put("name", contestName(code, scope));
    c.put("shape", Shape.CANDIDATES.id());
    if (!scope.isEmpty()) {
      c.put("scope", scope);
    }
    List<Map<String, Object>> candidates = new ArrayList<>();
    for (SirekapCandidateMaster.Entry e : entries) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("number", e.number());
      m.put("sirekapId", e.sirekapId());
      boolean empty = EmptyColumn.isNamed(e.name());
      m.put("name", empty ? EmptyColumn.NAME : e.name());
      if (empty) {
        m.put("emptyColumn", true);
      }
      candidates.add(m);
    }
    c.put("candidates", candidates);
    return c;
  }

  /** The office: a kab/kota code's third and fourth digits 71 and above are a kota. */
  private static String contestName(ContestCode code, String scope) {
    return switch (code) {
      case PKWKP -> "Gubernur dan Wakil Gubernur";
      case PKWKK ->
          Integer.parseInt(scope.substring(2, 4)) >= 71
              ? "Walikota dan Wakil Walikota"
              : "Bupati dan Wakil Bupati";
      default -> "Presiden dan Wakil Presiden";
    };
  }

  private static byte[] read(Path file) {
    return id.rekap.core.common.JsonInput.readBounded(file, SirekapCandidateMaster.MAX_BYTES);
  }
}
