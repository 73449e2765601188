package id.rekap.core.setup;

import id.rekap.core.region.RegionCode;

/** The identity of a workspace: which tally centre, which election. */
public record WorkspaceInfo(
    WorkspaceLevel level,
    RegionCode region,
    String name,
    String electionId,
    String electionMode,
    String electionJson,
    String electionSha256,
    String createdAt) {}
