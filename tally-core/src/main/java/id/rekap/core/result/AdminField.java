package id.rekap.core.result;

/**
 * The numbers of C.Hasil blocks I, II, III and V (block IV, the votes, is {@link Votes}). Order is
 * the form's order; {@code column} is the store's column, {@code jsonKey} the recap format's key.
 */
public enum AdminField {
  DPT_L("dpt_l", "dptL"),
  DPT_P("dpt_p", "dptP"),
  DPT("dpt", "dpt"),
  USERS_DPT_L("users_dpt_l", "usersDptL"),
  USERS_DPT_P("users_dpt_p", "usersDptP"),
  USERS_DPT("users_dpt", "usersDpt"),
  USERS_DPTB_L("users_dptb_l", "usersDptbL"),
  USERS_DPTB_P("users_dptb_p", "usersDptbP"),
  USERS_DPTB("users_dptb", "usersDptb"),
  USERS_DPK_L("users_dpk_l", "usersDpkL"),
  USERS_DPK_P("users_dpk_p", "usersDpkP"),
  USERS_DPK("users_dpk", "usersDpk"),
  USERS_L("users_l", "usersL"),
  USERS_P("users_p", "usersP"),
  USERS("users", "users"),
  BALLOTS_RECEIVED("ballots_received", "ballotsReceived"),
  BALLOTS_USED("ballots_used", "ballotsUsed"),
  BALLOTS_RETURNED("ballots_returned", "ballotsReturned"),
  BALLOTS_UNUSED("ballots_unused", "ballotsUnused"),
  DISABLED_L("disabled_l", "disabledL"),
  DISABLED_P("disabled_p", "disabledP"),
  DISABLED("disabled", "disabled"),
  VALID("valid", "valid"),
  INVALID("invalid", "invalid"),
  TOTAL("total", "total");

  private final String column;
  private final String jsonKey;

  AdminField(String column, String jsonKey) {
    this.column = column;
    this.jsonKey = jsonKey;
  }

  public String column() {
    return column;
  }

  public String jsonKey() {
    return jsonKey;
  }
}
