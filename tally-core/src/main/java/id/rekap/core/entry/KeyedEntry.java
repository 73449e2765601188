package id.rekap.core.entry;

import id.rekap.core.adoption.AdoptionRepository;
import id.rekap.core.audit.AuditAction;
import id.rekap.core.audit.AuditLog;
import id.rekap.core.common.RekapException;
import id.rekap.core.common.Transactions;
import id.rekap.core.election.ContestCode;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.region.RegionTree;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.KeyedByRepository;
import id.rekap.core.result.Origin;
import id.rekap.core.result.ResultRepository;
import id.rekap.core.result.Source;
import id.rekap.core.result.TpsResult;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import id.rekap.core.user.Users;
import id.rekap.signing.Sha256;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Use cases of keyed C.Hasil entry with double entry: a form counts only when a second, different
 * user keys the same numbers; mismatches are listed per field and settled by a verifier. Counted
 * forms become results of source {@code chasil} (plano) or {@code salinan}.
 */
public final class KeyedEntry {
  /** What a keying led to. */
  public enum State {
    AWAITING_SECOND,
    MISMATCH,
    COUNTED
  }

  public record Outcome(State state, List<FieldDiff.Mismatch> mismatches) {}

  private final Transactions tx;
  private final KeyingRepository keyings;
  private final KeyedByRepository keyedBy;
  private final ResultRepository results;
  private final AdoptionRepository adoptions;
  private final AuditLog audit;
  private final ElectionDefinition election;
  private final Supplier<RegionTree> tree;
  private final Clock clock;

  public KeyedEntry(
      Transactions tx,
      KeyingRepository keyings,
      KeyedByRepository keyedBy,
      ResultRepository results,
      AdoptionRepository adoptions,
      AuditLog audit,
      ElectionDefinition election,
      Supplier<RegionTree> tree,
      Clock clock) {
    this.tx = tx;
    this.keyings = keyings;
    this.keyedBy = keyedBy;
    this.results = results;
    this.adoptions = adoptions;
    this.audit = audit;
    this.election = election;
    this.tree = tree;
    this.clock = clock;
  }

  /** Keys one form (built with {@link KeyedForm}); the first or the second entry. */
  public Outcome key(User user, TpsResult form) {
    Users.require(user, Role.OPERATOR);
    validate(form);
    return tx.inTransaction(
        () -> {
          guardOpen(form);
          var first = keyings.find(form.tps(), form.contest(), form.source(), 1);
          String now = clock.instant().toString();
          if (first.isEmpty()) {
            keyings.put(new Keying(form, 1, user.name(), now));
            audit.append(user.actor(), AuditAction.ENTRY_KEY, payload(form, 1, Map.of()));
            return new Outcome(State.AWAITING_SECOND, List.of());
          }
          if (first.get().user().equals(user.name())) {
            throw RekapException.badInput("entry.error.sameUser", user.name(), form.tps());
          }
          if (keyings.find(form.tps(), form.contest(), form.source(), 2).isPresent()) {
            throw RekapException.badInput(
                "entry.error.awaitingVerifier", form.tps(), form.contest());
          }
          List<FieldDiff.Mismatch> diff = FieldDiff.between(first.get().values(), form);
          if (diff.isEmpty()) {
            count(
                user,
                form,
                new KeyedByRepository.KeyedBy(
                    form.tps(),
                    form.contest(),
                    form.source(),
                    first.get().user(),
                    user.name(),
                    null),
                AuditAction.ENTRY_ACCEPTED,
                Map.of("keyedBy", List.of(first.get().user(), user.name())));
            return new Outcome(State.COUNTED, List.of());
          }
          keyings.put(new Keying(form, 2, user.name(), now));
          audit.append(
              user.actor(),
              AuditAction.ENTRY_MISMATCH,
              payload(
                  form,
                  2,
                  Map.of("fields", diff.stream().map(FieldDiff.Mismatch::field).toList())));
          return new Outcome(State.MISMATCH, diff);
        });
  }

  /**
   * The operator takes back their own first entry while no second entry exists (a box misread, a
   * wrong TPS opened): the keying is deleted and the withdrawal audited with the digest of what was
   * withdrawn. Once the other operator has keyed, only the verifier settles the form.
   */
  public void withdraw(User user, TpsCode tps, ContestCode contest, Source source) {
    Users.require(user, Role.OPERATOR);
    tx.inTransaction(
        () -> {
          Keying own = ownFirst(user, tps, contest, source);
          keyings.delete(tps, contest, source);
          audit.append(
              user.actor(), AuditAction.ENTRY_WITHDRAW, payload(own.values(), 1, Map.of()));
          return null;
        });
  }

  /**
   * The operator replaces their own first entry with the form as keyed again, in one transaction,
   * while no second entry exists; audited with the digests of the old and the new form.
   */
  public Outcome replace(User user, TpsResult form) {
    Users.require(user, Role.OPERATOR);
    validate(form);
    return tx.inTransaction(
        () -> {
          guardOpen(form);
          Keying own = ownFirst(user, form.tps(), form.contest(), form.source());
          keyings.delete(form.tps(), form.contest(), form.source());
          keyings.put(new Keying(form, 1, user.name(), clock.instant().toString()));
          audit.append(
              user.actor(),
              AuditAction.ENTRY_REPLACE,
              payload(form, 1, Map.of("replaced", own.values().digest())));
          return new Outcome(State.AWAITING_SECOND, List.of());
        });
  }

  private Keying ownFirst(User user, TpsCode tps, ContestCode contest, Source source) {
    Keying first =
        keyings
            .find(tps, contest, source, 1)
            .orElseThrow(() -> RekapException.badInput("entry.error.noOwnEntry", tps, contest));
    if (!first.user().equals(user.name())) {
      throw RekapException.badInput("entry.error.notOwnEntry", tps, first.user());
    }
    if (keyings.find(tps, contest, source, 2).isPresent()) {
      throw RekapException.badInput("entry.error.secondExists", tps, contest);
    }
    return first;
  }

  /**
   * Keys many forms at once (a filled entry template), all or nothing: if any form is refused, none
   * of them is kept.
   */
  public List<Outcome> keyAll(User user, List<TpsResult> forms) {
    Users.require(user, Role.OPERATOR);
    forms.forEach(this::validate);
    return tx.inTransaction(() -> forms.stream().map(f -> key(user, f)).toList());
  }

  /**
   * A verifier settles every mismatched field, choosing the first keying's value, the second's, or
   * a value read again from the form; then the form counts. The verifier must be a third person:
   * whoever keyed the form may not settle it.
   */
  public TpsResult resolve(User verifier, TpsResult which, Map<String, Integer> choices) {
    Users.require(verifier, Role.VERIFIER);
    return tx.inTransaction(
        () -> {
          var first = keyings.find(which.tps(), which.contest(), which.source(), 1);
          var second = keyings.find(which.tps(), which.contest(), which.source(), 2);
          if (first.isEmpty() || second.isEmpty()) {
            throw RekapException.badInput("entry.error.noMismatch", which.tps(), which.contest());
          }
          if (first.get().user().equals(verifier.name())
              || second.get().user().equals(verifier.name())) {
            throw RekapException.badInput("entry.error.ownKeying", verifier.name(), which.tps());
          }
          List<FieldDiff.Mismatch> diff =
              FieldDiff.between(first.get().values(), second.get().values());
          List<String> fields = diff.stream().map(FieldDiff.Mismatch::field).toList();
          for (String f : fields) {
            if (!choices.containsKey(f)) {
              throw RekapException.badInput("entry.error.unresolved", f);
            }
          }
          for (String f : choices.keySet()) {
            if (!fields.contains(f)) {
              throw RekapException.badInput("entry.error.notMismatched", f);
            }
          }
          TpsResult settled = FieldDiff.with(first.get().values(), choices);
          Map<String, Object> resolution = new LinkedHashMap<>();
          for (FieldDiff.Mismatch m : diff) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("first", m.first());
            one.put("second", m.second());
            one.put("chosen", choices.get(m.field()));
            resolution.put(m.field(), one);
          }
          count(
              verifier,
              settled,
              new KeyedByRepository.KeyedBy(
                  settled.tps(),
                  settled.contest(),
                  settled.source(),
                  first.get().user(),
                  second.get().user(),
                  verifier.name()),
              AuditAction.ENTRY_RESOLVED,
              Map.of(
                  "keyedBy",
                  List.of(first.get().user(), second.get().user()),
                  "resolution",
                  resolution));
          return settled;
        });
  }

  /** Keyings not yet counted (awaiting a second entry or a verifier). */
  public List<Keying> pending() {
    return tx.inTransaction(keyings::all);
  }

  private void count(
      User by,
      TpsResult form,
      KeyedByRepository.KeyedBy people,
      AuditAction action,
      Map<String, Object> extra) {
    String digest = form.digest();
    String now = clock.instant().toString();
    keyedBy.put(people, now);
    results.putAll(
        List.of(
            new ResultRepository.Put(
                form, digest, new Origin("keyed", Sha256.hex(digest), null), now)));
    keyings.delete(form.tps(), form.contest(), form.source());
    Map<String, Object> payload = payload(form, 0, extra);
    payload.put("digest", digest);
    audit.append(by.actor(), action, payload);
  }

  private void validate(TpsResult form) {
    if (form.source() != Source.CHASIL && form.source() != Source.SALINAN) {
      throw RekapException.badInput("entry.error.source", form.source().id());
    }
    if (!tree.get().containsTps(form.tps())) {
      throw RekapException.badInput("entry.error.unknownTps", form.tps());
    }
    var contest =
        election
            .contest(form.contest())
            .orElseThrow(() -> RekapException.badInput("entry.error.contest", form.contest()));
    if (!contest.appliesTo(form.tps())) {
      throw RekapException.badInput("entry.error.notInContest", form.tps(), form.contest());
    }
  }

  /** Counted or adopted forms change only through a correction. */
  private void guardOpen(TpsResult form) {
    if (adoptions.find(form.contest(), form.tps().value()).filter(a -> a.inForce()).isPresent()) {
      throw RekapException.badInput("entry.error.adopted", form.tps(), form.contest());
    }
    if (results.digests(form.contest(), form.source()).containsKey(form.tps())) {
      throw RekapException.badInput(
          "entry.error.counted", form.tps(), form.contest(), form.source().id());
    }
  }

  private static Map<String, Object> payload(TpsResult form, int round, Map<String, Object> extra) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("tps", form.tps().value());
    p.put("contest", form.contest().id());
    p.put("source", form.source().id());
    if (round > 0) {
      p.put("round", round);
      p.put("digest", form.digest());
    }
    p.putAll(extra);
    return p;
  }
}
