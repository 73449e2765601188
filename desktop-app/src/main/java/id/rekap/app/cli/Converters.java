package id.rekap.app.cli;

import id.rekap.core.common.RekapException;
import id.rekap.core.election.ContestCode;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.plenary.Objections;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.region.RegionCode;
import id.rekap.core.region.RegionLevel;
import id.rekap.core.region.TpsCode;
import id.rekap.core.report.Paper;
import id.rekap.core.report.ReportFile;
import id.rekap.core.result.Source;
import id.rekap.core.revote.RevoteKind;
import id.rekap.core.setup.WorkspaceLevel;
import id.rekap.core.template.TemplateFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;

/**
 * The command line's option values turned into the core's types once, by picocli, instead of by
 * hand in each command (issue 19): each type's converter is registered for the whole tree, so an
 * option only declares its type. A value that is not one refuses with the command line's own
 * message and exit status, exactly as the commands said it before: {@link RekapCli} answers a
 * {@link RekapException} thrown here as it answers one thrown by a command ("rekap: " and the
 * message; exit 2), not with picocli's English "Invalid value" line.
 */
public final class Converters {
  private Converters() {}

  /**
   * Registers the converter of each of the core's types on the command line and its subcommands
   * (after they are added); an option whose text differs names its converter itself.
   */
  static void register(CommandLine cl) {
    cl.registerConverter(ContestCode.class, new Contest());
    cl.registerConverter(TpsCode.class, new Tps());
    cl.registerConverter(Source.class, new AnySource());
    cl.registerConverter(RevoteKind.class, new Revote());
    cl.registerConverter(WorkspaceLevel.class, new Level());
    cl.registerConverter(RecapLevel.class, new Recap());
    cl.registerConverter(Paper.class, new PaperSize());
    cl.registerConverter(RegionCode.class, new ReportRegion());
    cl.registerConverter(Objections.Kind.class, new ObjectionKind());
    cl.registerConverter(Objections.Decision.class, new ObjectionDecision());
    cl.registerConverter(TemplateFormat.class, new Template());
    cl.registerConverter(ReportFile.Format.class, new ReportFormat());
    cl.registerConverter(ElectionDefinition.Mode.class, new ElectionMode());
    cl.registerConverter(LocalDateTime.class, new LocalTime());
  }

  /** A value the core parses, refused with {@code key} and the value as written. */
  abstract static class Parsed<T> implements ITypeConverter<T> {
    private final Function<String, Optional<T>> parse;
    private final Function<String, RekapException> refusal;

    Parsed(Function<String, Optional<T>> parse, String key) {
      this(parse, value -> RekapException.usage(key, value));
    }

    Parsed(Function<String, Optional<T>> parse, Function<String, RekapException> refusal) {
      this.parse = parse;
      this.refusal = refusal;
    }

    @Override
    public T convert(String value) {
      return parse.apply(value).orElseThrow(() -> refusal.apply(value));
    }
  }

  /** One of a few output formats, kept as written; the refusal lists them in this order. */
  abstract static class Choice extends Parsed<String> {
    Choice(String... allowed) {
      super(
          value -> Optional.of(value).filter(List.of(allowed)::contains),
          value -> RekapException.usage("cli.format.unknown", value, String.join("|", allowed)));
    }
  }

  /** {@code --contest}: a contest code (ppwp, pdpr, …). */
  public static final class Contest extends Parsed<ContestCode> {
    public Contest() {
      super(ContestCode::of, "cli.contest.unknown");
    }
  }

  /** {@code --tps}: a 13-digit TPS code, dotted or not. */
  public static final class Tps extends Parsed<TpsCode> {
    public Tps() {
      super(TpsCode::parse, "cli.tps.code");
    }
  }

  /** {@code --source} where any source may be named (keying, recap, check). */
  public static final class AnySource extends Parsed<Source> {
    public AnySource() {
      super(Source::of, "cli.import.source");
    }
  }

  /** {@code --source} of an import: a package is taken in by {@code rekap package import}. */
  public static final class ImportSource extends Parsed<Source> {
    public ImportSource() {
      super(s -> Source.of(s).filter(source -> source != Source.PACKAGE), "cli.import.source");
    }
  }

  /** {@code --kind} of a re-vote (psu, psl, pss, puss). */
  public static final class Revote extends Parsed<RevoteKind> {
    public Revote() {
      super(RevoteKind::of, "cli.import.revoteKind");
    }
  }

  /** {@code --level} of {@code rekap init}. */
  public static final class Level extends Parsed<WorkspaceLevel> {
    public Level() {
      super(WorkspaceLevel::of, "cli.init.level");
    }
  }

  /** {@code --level} of {@code rekap recap}. */
  public static final class Recap extends Parsed<RecapLevel> {
    public Recap() {
      super(RecapLevel::of, "cli.recap.level");
    }
  }

  /** {@code --paper} of a report (a4, f4). */
  public static final class PaperSize extends Parsed<Paper> {
    public PaperSize() {
      super(Paper::of, "cli.report.paper");
    }
  }

  /** {@code --region} of a report: a region code. */
  public static final class ReportRegion extends Parsed<RegionCode> {
    public ReportRegion() {
      super(RegionCode::parse, "cli.report.region");
    }
  }

  /** {@code --kind} of an objection. */
  public static final class ObjectionKind extends Parsed<Objections.Kind> {
    public ObjectionKind() {
      super(Objections.Kind::of, "cli.objection.kind");
    }
  }

  /** {@code --decision} on an objection. */
  public static final class ObjectionDecision extends Parsed<Objections.Decision> {
    public ObjectionDecision() {
      super(Objections.Decision::of, "cli.objection.decision");
    }
  }

  /** {@code --format} of a template. */
  public static final class Template extends Parsed<TemplateFormat> {
    public Template() {
      super(
          TemplateFormat::of,
          value -> RekapException.usage("cli.format.unknown", value, "xlsx|csv"));
    }
  }

  /** {@code --form} of a report: the D.Hasil or the D.Kejadian. */
  public static final class ReportForm extends Parsed<String> {
    public ReportForm() {
      super(
          value -> Optional.of(value).filter(List.of("d-hasil", "d-kejadian")::contains),
          "cli.report.form");
    }
  }

  /** {@code --region} of {@code rekap election from-sirekap}: a kecamatan or a kab/kota. */
  public static final class ElectionRegion extends Parsed<RegionCode> {
    public ElectionRegion() {
      super(
          value ->
              RegionCode.parse(value)
                  .filter(
                      c -> c.level() == RegionLevel.KECAMATAN || c.level() == RegionLevel.KABKOTA),
          "cli.election.region");
    }
  }

  /** {@code --mode} of an election definition: official or test. */
  public static final class ElectionMode extends Parsed<ElectionDefinition.Mode> {
    public ElectionMode() {
      super(
          value ->
              switch (value) {
                case "official" -> Optional.of(ElectionDefinition.Mode.OFFICIAL);
                case "test" -> Optional.of(ElectionDefinition.Mode.TEST);
                default -> Optional.<ElectionDefinition.Mode>empty();
              },
          "cli.election.mode");
    }
  }

  /**
   * {@code --at} of a plenary session: a local time as the clerk types it ("2024-02-20 09:00"); the
   * command places it in the workspace's zone.
   */
  public static final class LocalTime extends Parsed<LocalDateTime> {
    /** How the clerk types a time, and how the command line shows one. */
    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public LocalTime() {
      super(
          value -> {
            try {
              return Optional.of(LocalDateTime.parse(value.strip().replace('T', ' '), FORMAT));
            } catch (DateTimeParseException e) {
              return Optional.empty();
            }
          },
          "cli.plenary.time");
    }
  }

  /** {@code --format text|json} (adopt and its queue). */
  public static final class TextOrJson extends Choice {
    public TextOrJson() {
      super("text", "json");
    }
  }

  /** {@code --format} of {@code rekap recap}. */
  public static final class RecapFormat extends Choice {
    public RecapFormat() {
      super("json", "csv", "text");
    }
  }

  /** {@code --format} of {@code rekap check}. */
  public static final class CheckFormat extends Choice {
    public CheckFormat() {
      super("text", "csv", "json");
    }
  }

  /** {@code --format} of {@code rekap report}. */
  public static final class ReportFormat extends Parsed<ReportFile.Format> {
    public ReportFormat() {
      super(
          value ->
              switch (value) {
                case "pdf" -> Optional.of(ReportFile.Format.PDF);
                case "xlsx" -> Optional.of(ReportFile.Format.XLSX);
                default -> Optional.empty();
              },
          value -> RekapException.usage("cli.format.unknown", value, "xlsx|pdf"));
    }
  }
}
