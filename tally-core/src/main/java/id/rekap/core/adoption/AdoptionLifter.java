package id.rekap.core.adoption;

import id.rekap.core.common.Actor;
import id.rekap.core.election.ContestCode;
import java.util.List;

/**
 * What a use case that changes numbers calls inside its transaction: lift every adoption over or
 * under the place whose adopted numbers changed ({@link Adoptions#liftWhereChanged}).
 */
@FunctionalInterface
public interface AdoptionLifter {
  /** Lifts nothing: for use cases built outside a workspace. */
  AdoptionLifter NONE = (actor, contest, place, reason) -> List.of();

  List<String> liftWhereChanged(Actor actor, ContestCode contest, String place, String reason);
}
