package id.rekap.app.gui;

import id.rekap.app.gui.entry.FormTitles;
import id.rekap.core.check.Finding;
import id.rekap.core.common.Messages;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.result.FieldLabels;
import java.util.ArrayList;
import java.util.List;

/**
 * A finding's message for the screen: where the core names fields by their contract names (R21's
 * "choices, usersDpt", R19's "choices.2"), the screen names them as the paper does ("perolehan
 * suara", "I.B.1 Jumlah pengguna hak pilih DPT", "IV.2 …"); no internal name reaches a clerk.
 */
public final class FindingText {
  private FindingText() {}

  public static String of(Finding f, Texts texts, ElectionDefinition election) {
    List<Object> args = new ArrayList<>();
    for (Object a : f.message().args()) {
      args.add(a instanceof String s ? fields(s, f, texts, election) : a);
    }
    return Messages.get(texts.locale(), f.message().key(), args.toArray());
  }

  /** A text that is a field name, or a list of them, in words; any other text unchanged. */
  static String fields(String text, Finding f, Texts texts, ElectionDefinition election) {
    String[] parts = text.split(", ");
    List<String> out = new ArrayList<>();
    for (String p : parts) {
      String named = field(p.strip(), f, texts, election);
      if (named == null) {
        return text;
      }
      out.add(named);
    }
    return String.join(", ", out);
  }

  private static String field(String label, Finding f, Texts texts, ElectionDefinition election) {
    if (label.equals("choices")) {
      return texts.get("field.choices");
    }
    if (FieldLabels.admin(label).isPresent()) {
      return texts.get("paper." + label);
    }
    if (FieldLabels.vote(label).isPresent()) {
      return election
          .contest(f.contest())
          .map(c -> FormTitles.of(texts, election, c, label))
          .orElse(null);
    }
    return null;
  }
}
