package id.rekap.core.recap;

import id.rekap.core.region.TpsCode;
import id.rekap.core.result.TpsResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of a TPS's results the recap uses: the one whose source comes first in {@link
 * id.rekap.core.result.Source}'s precedence (keyed plano, salinan, package, Sirekap).
 */
public final class Adoption {
  private final Map<TpsCode, TpsResult> adopted = new HashMap<>();

  public void offer(TpsResult r) {
    adopted.merge(r.tps(), r, (a, b) -> a.source().ordinal() <= b.source().ordinal() ? a : b);
  }

  public List<TpsResult> adopted() {
    return new ArrayList<>(adopted.values());
  }
}
