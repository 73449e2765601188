package id.rekap.core.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.rekap.core.audit.AuditAction;
import id.rekap.core.audit.AuditEvent;
import id.rekap.core.common.Json;
import id.rekap.core.workspace.Workspace;
import id.rekap.core.workspace.WorkspaceInternals;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reading a workspace's audit events in tests that assert the exact event a use case recorded. */
public final class AuditEvents {
  private AuditEvents() {}

  /** Every event in order. */
  public static List<AuditEvent> all(Workspace ws) {
    List<AuditEvent> out = new ArrayList<>();
    WorkspaceInternals.database(ws)
        .transactions()
        .run(() -> WorkspaceInternals.database(ws).auditLog(TestClock.FIXED).forEach(out::add));
    return out;
  }

  /**
   * Asserts that the newest event records the action by that actor ({@code user:NAME}) and returns
   * what the use case said in it: its payload without the row digests and the state sum the store
   * adds ({@code state}, {@code stateSum}).
   */
  public static JsonNode last(Workspace ws, AuditAction action, String actor) {
    AuditEvent e = all(ws).getLast();
    assertThat(e.action()).as("the newest event's action").isEqualTo(action.stored());
    assertThat(e.actor()).as("the newest event's actor").isEqualTo(actor);
    return said(e);
  }

  /**
   * The newest event with that action (a use case may append more after it, such as the adoptions a
   * correction lifts), asserted to be by that actor; its payload as {@link #last} gives it.
   */
  public static JsonNode newest(Workspace ws, AuditAction action, String actor) {
    AuditEvent e =
        all(ws).reversed().stream()
            .filter(action::recorded)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no " + action.stored() + " event"));
    assertThat(e.actor()).as("the actor of " + action.stored()).isEqualTo(actor);
    return said(e);
  }

  /** The event's payload without what the store adds. */
  public static JsonNode said(AuditEvent e) {
    try {
      ObjectNode node = (ObjectNode) Json.mapper().readTree(e.payload());
      node.remove("state");
      node.remove("stateSum");
      return node;
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /** A map as the JSON tree a payload of those fields would be. */
  public static JsonNode tree(Map<String, ?> fields) {
    try {
      return Json.mapper().readTree(Json.canonical(fields));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
