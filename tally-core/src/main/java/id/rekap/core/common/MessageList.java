package id.rekap.core.common;

import java.util.List;

/**
 * A message argument that is a list (of texts or {@link MessageRef}s), rendered in the language of
 * the message around it and joined with the separator.
 */
public record MessageList(List<?> items, String separator) {
  public MessageList {
    items = List.copyOf(items);
  }
}
