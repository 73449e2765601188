package id.rekap.core.election;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import id.rekap.core.common.Json;
import id.rekap.core.common.JsonInput;
import id.rekap.core.common.RekapException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one of Sirekap's public candidate master files. Pemilu's PPWP file is keyed by candidate
 * id: {@code {"100025": {"ts", "nama", "warna", "nomor_urut"}}}; Pilkada's {@code pkwkp.json} and
 * {@code pkwkk.json} are keyed by region first, one file for all contests of that kind: {@code
 * {"31": {"1000023": {"ts", "nama", "warna", "nomor_urut"}}}} (docs/election-facts.md §7.1, §11.1).
 * Strict: a file of neither shape, an entry without a name or ballot number, or two candidates with
 * one number in a contest, is refused with its place.
 */
public final class SirekapCandidateMaster {
  /** The national pkwkk file lists some 1,500 pairs: a few hundred kilobytes. */
  static final long MAX_BYTES = 16L << 20;

  /** One entry of the master: Sirekap's id, the name as published and the ballot number. */
  public record Entry(String sirekapId, String name, int number) {}

  private final Path file;
  private final JsonNode root;

  private SirekapCandidateMaster(Path file, JsonNode root) {
    this.file = file;
    this.root = root;
  }

  public static SirekapCandidateMaster read(Path file) {
    byte[] content = JsonInput.readBounded(file, MAX_BYTES);
    JsonNode root;
    try (JsonParser p = JsonInput.parser(content)) {
      root = Json.mapper().readTree(p);
    } catch (IOException e) {
      throw JsonInput.malformed(file, e);
    }
    if (root == null || !root.isObject() || root.isEmpty()) {
      throw RekapException.badInput("master.error.shape", file);
    }
    return new SirekapCandidateMaster(file, root);
  }

  /** True when the file is keyed by region first (Pilkada), false when by candidate (PPWP). */
  public boolean regionKeyed() {
    JsonNode first = root.elements().next();
    return first.isObject() && !first.has("nama") && !first.has("nomor_urut");
  }

  /** The candidates of a flat (PPWP) file, by ballot number. */
  public List<Entry> candidates() {
    if (regionKeyed()) {
      throw RekapException.badInput("master.error.regionKeyed", file);
    }
    return entries(root, "$");
  }

  /** The candidates a region-keyed (Pilkada) file lists for one region, by ballot number. */
  public Optional<List<Entry>> candidatesOf(String regionCode) {
    if (!regionKeyed()) {
      throw RekapException.badInput("master.error.flat", file);
    }
    for (var e : root.properties()) {
      if (!e.getValue().isObject()) {
        throw RekapException.badInput("master.error.entry", file, e.getKey());
      }
    }
    JsonNode region = root.get(regionCode);
    return region == null ? Optional.empty() : Optional.of(entries(region, regionCode));
  }

  private List<Entry> entries(JsonNode node, String place) {
    List<Entry> out = new ArrayList<>();
    Set<Integer> numbers = new HashSet<>();
    for (var e : node.properties()) {
      String id = e.getKey();
      String at = place + "." + id;
      JsonNode c = e.getValue();
      if (id.isEmpty() || !id.chars().allMatch(ch -> ch >= '0' && ch <= '9') || id.length() > 12) {
        throw RekapException.badInput("master.error.id", file, at, id);
      }
      if (!c.isObject()) {
        throw RekapException.badInput("master.error.entry", file, at);
      }
      JsonNode name = c.get("nama");
      JsonNode number = c.get("nomor_urut");
      if (name == null || !name.isTextual() || name.asText().isBlank()) {
        throw RekapException.badInput("master.error.field", file, at + ".nama");
      }
      if (number == null
          || !number.isIntegralNumber()
          || number.asLong() < 1
          || number.asLong() > 998) {
        throw RekapException.badInput("master.error.field", file, at + ".nomor_urut");
      }
      if (!numbers.add(number.asInt())) {
        throw RekapException.badInput(
            "master.error.duplicate", file, at + ".nomor_urut", number.asInt());
      }
      out.add(new Entry(id, name.asText().strip(), number.asInt()));
    }
    if (out.isEmpty()) {
      throw RekapException.badInput("master.error.entry", file, place);
    }
    out.sort(Comparator.comparingInt(Entry::number));
    return out;
  }

  public Path file() {
    return file;
  }
}
