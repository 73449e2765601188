package id.rekap.core.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import id.rekap.core.common.Json;
import id.rekap.core.common.RekapException;
import id.rekap.core.election.ContestCode;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.region.RegionCode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The sender's adoptions as its package carries them ({@code adoptions.json}): read strictly, so an
 * unknown shape is refused rather than read as "nothing adopted". Only the adoptions in force when
 * the package was made are kept; a lifted one no longer stands for the sender's plenary.
 */
public final class SenderAdoptions {
  /** The package entry holding the sender's adoptions. */
  public static final String ENTRY = "adoptions.json";

  private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");

  /**
   * One adoption in force at the sender.
   *
   * @param code the TPS, desa or kecamatan adopted, within the sender's kecamatan
   * @param digest its adoption digest; null for one recorded before digests
   */
  public record Adopted(ContestCode contest, String code, String digest, String by, String at) {}

  private SenderAdoptions() {}

  /**
   * The adoptions in force in the entry, in its order.
   *
   * @param file how messages name the package
   * @throws RekapException bad input when the entry is missing, not JSON, or not of the known shape
   *     ({@code package.error.adoptions.shape}, {@code .item} naming the adoption and field, {@code
   *     .duplicate})
   */
  public static List<Adopted> parse(
      byte[] bytes, Object file, ElectionDefinition election, RegionCode sender) {
    if (bytes == null) {
      throw RekapException.badInput("package.error.missingEntry", file, ENTRY);
    }
    JsonNode doc;
    try {
      // strict: content after the document is not ignored
      doc =
          Json.mapper()
              .reader()
              .with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
              .readTree(bytes);
    } catch (IOException e) {
      throw RekapException.badInput("package.error.json", file, ENTRY, e.getMessage());
    }
    if (doc == null || !doc.isObject() || !doc.path("adoptions").isArray()) {
      throw RekapException.badInput("package.error.adoptions.shape", file, ENTRY);
    }
    Set<ContestCode> contests = new HashSet<>();
    election.contests().forEach(c -> contests.add(c.code()));
    List<Adopted> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int n = 0;
    for (JsonNode a : doc.path("adoptions")) {
      n++;
      if (!a.isObject()) {
        throw item(file, n, "", a);
      }
      JsonNode c = a.path("contest");
      ContestCode contest =
          (c.isTextual() ? ContestCode.of(c.asText()) : java.util.Optional.<ContestCode>empty())
              .filter(contests::contains)
              .orElse(null);
      if (contest == null) {
        throw item(file, n, "contest", c);
      }
      JsonNode code = a.path("code");
      if (!code.isTextual() || !within(code.asText(), sender)) {
        throw item(file, n, "code", code);
      }
      JsonNode digest = a.path("digest");
      if (!digest.isNull() && !(digest.isTextual() && DIGEST.matcher(digest.asText()).matches())) {
        throw item(file, n, "digest", digest);
      }
      JsonNode by = a.path("by");
      if (!by.isTextual() || by.asText().length() > 200) {
        throw item(file, n, "by", by);
      }
      JsonNode at = a.path("at");
      if (!at.isTextual() || at.asText().isBlank() || at.asText().length() > 40) {
        throw item(file, n, "at", at);
      }
      JsonNode lifted = a.path("liftedAt");
      if (!lifted.isNull() && !lifted.isMissingNode() && !lifted.isTextual()) {
        throw item(file, n, "liftedAt", lifted);
      }
      if (!seen.add(contest.id() + " " + code.asText())) {
        throw RekapException.badInput(
            "package.error.adoptions.duplicate", file, ENTRY, contest.id(), code.asText());
      }
      if (!lifted.isTextual()) {
        out.add(
            new Adopted(
                contest,
                code.asText(),
                digest.isNull() ? null : digest.asText(),
                by.asText(),
                at.asText()));
      }
    }
    return out;
  }

  /** The sender's region itself, or a kecamatan, desa or TPS code under it. */
  private static boolean within(String code, RegionCode sender) {
    int len = code.length();
    return (len == 4 || len == 6 || len == 10 || len == 13)
        && len >= sender.value().length()
        && code.chars().allMatch(ch -> ch >= '0' && ch <= '9')
        && code.startsWith(sender.value());
  }

  private static RekapException item(Object file, int n, String field, JsonNode value) {
    String shown = value == null || value.isMissingNode() ? "" : value.toString();
    if (shown.length() > 80) {
      shown = shown.substring(0, 80) + "…";
    }
    return RekapException.badInput("package.error.adoptions.item", file, ENTRY, n, field, shown);
  }
}
