package id.rekap.core.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The words of a form: titles, section labels, form codes, the berita acara. They are data
 * (resources under {@code report/forms/}), not layout, because the exact text of the D forms is not
 * confirmed (docs/election-facts.md §10) and must be correctable without touching code. Later
 * resources override earlier ones; a key ending in a province code ({@code committee.11}) overrides
 * the plain key for forms of that province (Aceh's KIP and DPRA/DPRK).
 */
public final class FormTexts {
  private static final String ROOT = "/id/rekap/core/report/forms/";
  private final Map<String, String> texts;
  private final String province;

  private FormTexts(Map<String, String> texts, String province) {
    this.texts = texts;
    this.province = province;
  }

  /** Loads and merges {@code common.properties} and the named resources, in order. */
  public static FormTexts load(String... names) {
    Map<String, String> out = new TreeMap<>();
    read("common", out);
    for (String name : names) {
      read(name, out);
    }
    return new FormTexts(Map.copyOf(out), "");
  }

  /** The same texts, preferring the keys specialised for a province (two-digit code). */
  public FormTexts forProvince(String provinceCode) {
    return new FormTexts(texts, provinceCode == null ? "" : provinceCode);
  }

  private static void read(String name, Map<String, String> out) {
    try (InputStream in = FormTexts.class.getResourceAsStream(ROOT + name + ".properties")) {
      if (in == null) {
        throw new IllegalStateException("form texts missing: " + name);
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of a key; a missing key is a build error, caught by the tests. */
  public String get(String key) {
    String v = find(key);
    if (v == null) {
      throw new IllegalStateException("form text missing: " + key);
    }
    return v;
  }

  private String find(String key) {
    if (!province.isEmpty()) {
      String special = texts.get(key + "." + province);
      if (special != null) {
        return special;
      }
    }
    return texts.get(key);
  }

  public boolean has(String key) {
    return find(key) != null;
  }

  /** The text with {@code {0}}, {@code {1}} ... replaced (no MessageFormat: quotes stay as is). */
  public String format(String key, Object... args) {
    String v = get(key);
    for (int i = 0; i < args.length; i++) {
      v = v.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return v;
  }

  /** The text with {@code {name}} placeholders replaced from the map (unknown names stay). */
  public String fill(String key, Map<String, String> values) {
    return fillText(get(key), values);
  }

  /** Fills {@code {name}} placeholders of any text, e.g. one already formatted by position. */
  public static String fillText(String text, Map<String, String> values) {
    String v = text;
    for (Map.Entry<String, String> e : values.entrySet()) {
      v = v.replace("{" + e.getKey() + "}", e.getValue());
    }
    return v;
  }

  public String getOrDefault(String key, String fallback) {
    String v = find(key);
    return v == null ? fallback : v;
  }
}
