package id.rekap.core.workspace;

import id.rekap.core.audit.AuditLog;
import id.rekap.core.common.Transactions;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.region.RegionTree;
import id.rekap.core.setup.WorkspaceInfo;
import id.rekap.core.store.Database;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * What the use cases of one open workspace are built from: its store, transactions and audit log,
 * the election and workspace it holds, its region tree and its clock. Only the composition root
 * ({@link Workspace} and its wiring in this package) holds one.
 */
record Wiring(
    Database db,
    Transactions tx,
    AuditLog audit,
    ElectionDefinition election,
    WorkspaceInfo info,
    Supplier<RegionTree> tree,
    Clock clock) {}
