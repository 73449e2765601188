package id.rekap.core.entry;

import id.rekap.core.audit.AuditAction;
import id.rekap.core.audit.AuditLog;
import id.rekap.core.common.JsonInput;
import id.rekap.core.common.RekapException;
import id.rekap.core.common.Transactions;
import id.rekap.core.election.ContestCode;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.region.RegionTree;
import id.rekap.core.result.Source;
import id.rekap.core.result.TpsResult;
import id.rekap.core.template.TemplateReader;
import id.rekap.core.template.TemplateTarget;
import id.rekap.core.user.User;
import id.rekap.signing.Sha256;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Use case: import a filled entry template (XLSX or CSV). Each filled TPS row is one keying by the
 * importing user under the double-entry rules, and the whole file is all or nothing: the template
 * is read and checked completely first, and the keyings are written in one transaction together
 * with an event naming the file and its SHA-256.
 */
public final class TemplateImport {
  private static final long MAX_BYTES = 32L << 20;

  private final Transactions tx;
  private final KeyedEntry entry;
  private final AuditLog audit;
  private final ElectionDefinition election;
  private final Supplier<RegionTree> tree;

  public TemplateImport(
      Transactions tx,
      KeyedEntry entry,
      AuditLog audit,
      ElectionDefinition election,
      Supplier<RegionTree> tree) {
    this.tx = tx;
    this.entry = entry;
    this.audit = audit;
    this.election = election;
    this.tree = tree;
  }

  public List<KeyedEntry.Outcome> run(User user, Path file, ContestCode contest, Source source) {
    id.rekap.core.user.Users.require(user, id.rekap.core.user.Role.OPERATOR);
    if (election.contest(contest).isEmpty()) {
      throw RekapException.badInput("entry.error.contest", contest);
    }
    List<TpsResult> forms =
        TemplateReader.read(file, TemplateTarget.of(election, tree.get(), contest), source);
    if (forms.isEmpty()) {
      throw RekapException.badInput("entry.error.emptyTemplate", file);
    }
    String sha = Sha256.hex(JsonInput.readBounded(file, MAX_BYTES));
    return tx.inTransaction(
        () -> {
          List<KeyedEntry.Outcome> outcomes = entry.keyAll(user, forms);
          Map<String, Object> payload = new LinkedHashMap<>();
          payload.put("file", file.toString());
          payload.put("sha256", sha);
          payload.put("contest", contest.id());
          payload.put("source", source.id());
          payload.put("forms", forms.size());
          audit.append(user.actor(), AuditAction.ENTRY_TEMPLATE, payload);
          return outcomes;
        });
  }
}
