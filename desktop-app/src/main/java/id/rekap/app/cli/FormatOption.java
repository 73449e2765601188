package id.rekap.app.cli;

import picocli.CommandLine.Option;

/**
 * {@code --format text|json} (text by default) of {@code rekap status}, {@code rekap adopt} and
 * {@code adopt queue}: one picocli mixin.
 */
public final class FormatOption {
  @Option(
      names = "--format",
      paramLabel = "text|json",
      defaultValue = "text",
      converter = Converters.TextOrJson.class)
  private String format;

  public String value() {
    return format;
  }

  public boolean json() {
    return format.equals("json");
  }
}
