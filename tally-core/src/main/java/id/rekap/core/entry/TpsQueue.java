package id.rekap.core.entry;

import id.rekap.core.region.RegionCode;
import id.rekap.core.region.RegionLevel;
import id.rekap.core.region.TpsCode;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The state of every TPS of one ballot and keyed source, in code order (see {@link WorkQueue}):
 * counted per region for the grouped list, filtered per state, and the next TPS for a user.
 */
public final class TpsQueue {
  /** Where a TPS stands in the double entry and the plenary. */
  public enum State {
    NOT_KEYED,
    AWAITING_SECOND,
    MISMATCH,
    COUNTED,
    ADOPTED
  }

  /** What the lists filter by: a state, a TPS with ERROR findings, or what a chair may adopt. */
  public enum Filter {
    ALL,
    NOT_KEYED,
    AWAITING_SECOND,
    MISMATCH,
    COUNTED,
    ADOPTED,
    WITH_ERRORS,
    READY_TO_ADOPT;

    public boolean test(Entry e) {
      return switch (this) {
        case ALL -> true;
        case NOT_KEYED -> e.state() == State.NOT_KEYED;
        case AWAITING_SECOND -> e.state() == State.AWAITING_SECOND;
        case MISMATCH -> e.state() == State.MISMATCH;
        case COUNTED -> e.state() == State.COUNTED;
        case ADOPTED -> e.state() == State.ADOPTED;
        case WITH_ERRORS -> e.errors();
        case READY_TO_ADOPT ->
            e.state() != State.ADOPTED
                && !e.errors()
                && (e.state() == State.COUNTED || e.hasResult())
                && e.state() != State.AWAITING_SECOND
                && e.state() != State.MISMATCH;
      };
    }
  }

  /**
   * One TPS: its state, whether it has ERROR findings, whether any result (Sirekap, package …) is
   * stored, and who keyed the first entry awaiting its second (null when none).
   */
  public record Entry(
      TpsCode tps, State state, boolean errors, boolean hasResult, String firstBy) {}

  private final NavigableMap<TpsCode, Entry> entries;

  TpsQueue(Map<TpsCode, Entry> entries) {
    this.entries = new TreeMap<>(entries);
  }

  public Optional<Entry> entry(TpsCode tps) {
    return Optional.ofNullable(entries.get(tps));
  }

  public int size() {
    return entries.size();
  }

  /** How many TPS beneath a region (or in all, for null) pass each filter. */
  public Map<Filter, Integer> counts(RegionCode region) {
    Map<Filter, Integer> out = new EnumMap<>(Filter.class);
    for (Filter f : Filter.values()) {
      out.put(f, 0);
    }
    for (Entry e : under(region)) {
      for (Filter f : Filter.values()) {
        if (f.test(e)) {
          out.merge(f, 1, Integer::sum);
        }
      }
    }
    return out;
  }

  /** The TPS beneath a region (null: all) that pass the filter, in code order. */
  public List<Entry> list(RegionCode region, Filter filter) {
    List<Entry> out = new ArrayList<>();
    for (Entry e : under(region)) {
      if (filter.test(e)) {
        out.add(e);
      }
    }
    return out;
  }

  /** The regions of a level (kecamatan, desa) beneath a region with TPS passing the filter. */
  public List<RegionCode> regions(RegionCode within, RegionLevel level, Filter filter) {
    List<RegionCode> out = new ArrayList<>();
    RegionCode last = null;
    for (Entry e : under(within)) {
      RegionCode r = e.tps().at(level);
      if (!r.equals(last) && filter.test(e)) {
        out.add(r);
        last = r;
      }
    }
    return out;
  }

  private Iterable<Entry> under(RegionCode region) {
    if (region == null) {
      return entries.values();
    }
    String v = region.value();
    String from = v + "0".repeat(TpsCode.DIGITS - v.length());
    String to = v + "9".repeat(TpsCode.DIGITS - v.length());
    return entries.subMap(new TpsCode(from), true, new TpsCode(to), true).values();
  }

  /**
   * The next TPS this user may work on, after the one open (wrapping round), in the order of the
   * paper stack: for an operator a form awaiting its second entry by someone else or one not keyed
   * yet; for a verifier a mismatch; for a chair a TPS ready for adoption.
   */
  public Optional<TpsCode> nextFor(User user, TpsCode after) {
    Predicate<Entry> wanted = forRole(user);
    Optional<TpsCode> found = firstAfter(after, wanted);
    if (found.isEmpty() && user != null && user.role() != Role.OPERATOR) {
      // a verifier or chair with nothing of their own keys like an operator
      found = firstAfter(after, operatorsWork(user));
    }
    return found;
  }

  private Predicate<Entry> forRole(User user) {
    if (user == null) {
      return e -> false;
    }
    return switch (user.role()) {
      case OPERATOR, ADMIN -> operatorsWork(user);
      case VERIFIER -> e -> e.state() == State.MISMATCH;
      case CHAIR -> Filter.READY_TO_ADOPT::test;
    };
  }

  private static Predicate<Entry> operatorsWork(User user) {
    return e ->
        e.state() == State.NOT_KEYED
            || (e.state() == State.AWAITING_SECOND && !user.name().equals(e.firstBy()));
  }

  private Optional<TpsCode> firstAfter(TpsCode after, Predicate<Entry> wanted) {
    Iterable<Entry> tail =
        after == null ? entries.values() : entries.tailMap(after, false).values();
    for (Entry e : tail) {
      if (wanted.test(e)) {
        return Optional.of(e.tps());
      }
    }
    if (after != null) {
      for (Entry e : entries.headMap(after, true).values()) {
        if (wanted.test(e)) {
          return Optional.of(e.tps());
        }
      }
    }
    return Optional.empty();
  }
}
