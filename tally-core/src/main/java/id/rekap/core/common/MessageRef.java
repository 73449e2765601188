package id.rekap.core.common;

import java.util.List;

/**
 * A message argument that is itself a bundle entry (a field's name, say), so that it is rendered in
 * the same language as the message around it.
 */
public record MessageRef(String key, List<Object> args) {
  public MessageRef(String key, Object... args) {
    this(key, List.of(args));
  }
}
