package id.rekap.core.adoption;

import id.rekap.core.election.ContestCode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One entry of the adoption history: a decision of the chair (an adoption, a ruling, a re-opening,
 * the package's numbers taken over) or a lift by changed numbers, with what it concerned.
 *
 * @param code the place decided on
 * @param text the decision's words (the plenary's decision, or the reason of a re-opening or lift)
 * @param codes the places acted on with their digest: adopted now (adopt), lifted with the digest
 *     they had been adopted with (reopen, lift), the TPS whose package numbers now count with the
 *     package row's value digest (use-package)
 * @param already places counted as adopted before (adopt)
 * @param leftOut places left out, with why (adopt)
 * @param rulings the plenary's rulings recorded with this decision
 * @param removed use-package: the sources withdrawn at the TPS, with their value digest
 */
public record Decision(
    long id,
    ContestCode contest,
    String code,
    Kind kind,
    String by,
    String at,
    String text,
    Map<String, String> codes,
    List<String> already,
    Map<String, List<Block>> leftOut,
    Map<String, Ruling> rulings,
    boolean partial,
    Map<String, String> removed) {

  /** What kind of entry. */
  public enum Kind {
    ADOPT,
    RULING,
    REOPEN,
    LIFT,
    USE_PACKAGE;

    public String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Kind> of(String id) {
      for (Kind k : values()) {
        if (k.id().equals(id)) {
          return Optional.of(k);
        }
      }
      return Optional.empty();
    }
  }

  public Decision {
    codes = Map.copyOf(codes);
    already = List.copyOf(already);
    leftOut = Map.copyOf(leftOut);
    rulings = Map.copyOf(rulings);
    removed = Map.copyOf(removed);
  }

  /** Whether the decision concerns the place: made on it, above it or beneath it. */
  public boolean concerns(String place) {
    return code.startsWith(place) || place.startsWith(code);
  }
}
