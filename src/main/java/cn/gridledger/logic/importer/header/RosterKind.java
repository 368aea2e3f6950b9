package cn.gridledger.logic.importer.header;

/** Which standard roster a sheet looks like (reports.md C1 / C2). */
public enum RosterKind {
    CADRE("干部花名册"),
    HOUSEHOLD("农户信息台账");

    private final String displayName;

    RosterKind(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
