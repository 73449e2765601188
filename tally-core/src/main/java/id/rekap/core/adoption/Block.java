package id.rekap.core.adoption;

import id.rekap.core.common.MessageList;
import id.rekap.core.common.MessageRef;
import id.rekap.core.common.Messages;
import java.util.List;
import java.util.Locale;

/**
 * One reason a place is left out, with its particulars (the rules in error, the objection numbers,
 * the source that outranks the package, the places beneath that are left out).
 */
public record Block(Reason reason, List<String> detail) {
  public Block {
    detail = List.copyOf(detail);
  }

  public Block(Reason reason, String... detail) {
    this(reason, List.of(detail));
  }

  /** The reason in words, in the user's language. */
  public String message(Locale locale) {
    return Messages.get(locale, reason.messageKey(), argument());
  }

  /** The reason as a message argument, rendered in the language of the message around it. */
  public MessageRef ref() {
    return new MessageRef(reason.messageKey(), argument());
  }

  /** The particulars as one argument: sources by their names, everything else as written. */
  private Object argument() {
    if (reason == Reason.ENTRY_PENDING || reason == Reason.PACKAGE_CONFLICT) {
      return new MessageList(
          detail.stream().map(source -> new MessageRef("adoption.source." + source)).toList(),
          ", ");
    }
    return detailText();
  }

  /** Long lists (the TPS left out beneath a kecamatan) name the first few and how many more. */
  private String detailText() {
    int shown = Math.min(detail.size(), SHOWN);
    String text = String.join(", ", detail.subList(0, shown));
    return detail.size() > shown ? text + ", … (+" + (detail.size() - shown) + ")" : text;
  }

  private static final int SHOWN = 8;
}
