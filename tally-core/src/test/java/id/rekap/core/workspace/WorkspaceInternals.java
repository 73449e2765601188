package id.rekap.core.workspace;

import id.rekap.core.store.Database;

/**
 * The tests' one way into an open workspace's store (ADR 0044): to dump it, tamper with it or set
 * up a state no use case writes. Main code has none; it goes through the use cases the workspace
 * hands out. It lives in the tests (and tally-core's test-jar, for the desktop app's tests) so that
 * the store stays out of the workspace's public surface.
 */
public final class WorkspaceInternals {
  private WorkspaceInternals() {}

  /** The store of {@code workspace}. */
  public static Database database(Workspace workspace) {
    return workspace.database();
  }
}
