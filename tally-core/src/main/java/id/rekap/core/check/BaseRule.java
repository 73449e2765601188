package id.rekap.core.check;

import id.rekap.core.recap.RecapLevel;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.Block;
import id.rekap.core.result.Source;
import id.rekap.core.result.TpsResult;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Shared reading of fields for rules: a rule on a block the subject's source does not carry is
 * skipped silently; a field missing within a carried block makes the rule not evaluable (R21).
 */
abstract class BaseRule implements Rule {
  private final String id;
  private final Severity severity;
  private final Set<RecapLevel> levels;

  /** A rule of single TPS. */
  BaseRule(String id, Severity severity) {
    this(id, severity, EnumSet.of(RecapLevel.TPS));
  }

  BaseRule(String id, Severity severity, Set<RecapLevel> levels) {
    this.id = id;
    this.severity = severity;
    this.levels = Set.copyOf(levels);
  }

  @Override
  public Set<RecapLevel> levels() {
    return levels;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Severity defaultSeverity() {
    return severity;
  }

  /**
   * The values of the fields, or null when the rule cannot run: silently if a field's block is not
   * carried by the subject at all, else after reporting the missing fields.
   */
  long[] need(Subject s, Report r, AdminField... fields) {
    long[] out = new long[fields.length];
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < fields.length; i++) {
      if (!carried(s, Block.of(fields[i]))) {
        return null;
      }
      Long v = s.figures().admin(fields[i]);
      if (v == null) {
        missing.add(fields[i].jsonKey());
      } else {
        out[i] = v;
      }
    }
    if (!missing.isEmpty()) {
      r.notEvaluable(this, missing);
      return null;
    }
    return out;
  }

  /** Like {@link #need} but silent when every field is missing (a group not filled in at all). */
  long[] needGroup(Subject s, Report r, AdminField... fields) {
    boolean any = false;
    for (AdminField f : fields) {
      any |= s.figures().admin(f) != null;
    }
    return any ? need(s, r, fields) : null;
  }

  /** Whether the subject's data carries a block at all. */
  static boolean carried(Subject s, Block block) {
    if (s.isTps()) {
      TpsResult adopted = s.tps().adopted();
      if (adopted.source() == Source.CORRECTION) {
        // A correction carries what the result it corrects carried: the blocks it has values in.
        return block == Block.VOTES
            || java.util.Arrays.stream(AdminField.values())
                .anyMatch(f -> Block.of(f) == block && adopted.admin().isReported(f));
      }
      return block.carriedBy(adopted.source());
    }
    return s.region().tally().results() > 0 && reportedAnywhere(s, block);
  }

  private static boolean reportedAnywhere(Subject s, Block block) {
    if (block == Block.VOTES) {
      return true;
    }
    for (AdminField f : AdminField.values()) {
      if (Block.of(f) == block && s.region().tally().reported(f) > 0) {
        return true;
      }
    }
    return false;
  }
}
