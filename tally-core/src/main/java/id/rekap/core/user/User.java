package id.rekap.core.user;

import id.rekap.core.common.Actor;

/** A workspace user who has logged in. */
public record User(String name, Role role) {
  /** The name recorded in audit events: {@code user:NAME}. */
  public Actor actor() {
    return new Actor("user:" + name);
  }
}
