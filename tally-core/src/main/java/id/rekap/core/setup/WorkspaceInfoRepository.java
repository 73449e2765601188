package id.rekap.core.setup;

import java.util.Optional;

/** Persistence of the workspace identity (implemented by the store). */
public interface WorkspaceInfoRepository {
  Optional<WorkspaceInfo> load();

  void save(WorkspaceInfo info);
}
