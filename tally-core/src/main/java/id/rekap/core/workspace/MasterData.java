package id.rekap.core.workspace;

import id.rekap.core.adoption.AdoptionRepository;
import id.rekap.core.audit.AuditLog;
import id.rekap.core.common.Actor;
import id.rekap.core.common.Transactions;
import id.rekap.core.region.ImportRegions;
import id.rekap.core.region.RegionCode;
import id.rekap.core.region.RegionRepository;
import id.rekap.core.region.RegionTree;
import id.rekap.core.user.User;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;

/**
 * The workspace's master data (wired by {@link Workspace}): the region tree, read once and kept
 * until the next region import, and that import.
 */
final class MasterData {
  private final Transactions tx;
  private final RegionRepository regions;
  private final AdoptionRepository adoptions;
  private final AuditLog audit;
  private final RegionCode root;
  private volatile RegionTree tree;

  MasterData(
      Transactions tx,
      RegionRepository regions,
      AdoptionRepository adoptions,
      AuditLog audit,
      RegionCode root) {
    this.tx = tx;
    this.regions = regions;
    this.adoptions = adoptions;
    this.audit = audit;
    this.root = root;
  }

  RegionTree tree() {
    RegionTree t = tree;
    if (t == null) {
      t = tx.inTransaction(() -> new RegionTree(root, regions.allRegions(), regions.allTps()));
      tree = t;
    }
    return t;
  }

  ImportRegions.Summary importRegions(User by, List<Path> paths, String correction) {
    try {
      return regionImport().run(by, paths, correction);
    } finally {
      tree = null;
    }
  }

  ImportRegions.Summary initial(Actor creator, List<Path> paths) {
    try {
      return regionImport().initial(creator, paths);
    } finally {
      tree = null;
    }
  }

  private ImportRegions regionImport() {
    return new ImportRegions(
        tx,
        regions,
        audit,
        root,
        () -> {
          var codes = new HashSet<String>();
          adoptions.all().forEach(a -> codes.add(a.code()));
          return codes;
        });
  }
}
