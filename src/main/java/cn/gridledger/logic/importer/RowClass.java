package cn.gridledger.logic.importer;

/** What importing one row does. Warnings are shown besides the class (a 新增 row may carry a warning). */
public enum RowClass {
    NEW("新增"), CHANGED("更新"), UNCHANGED("无变化"), ERROR("错误");

    private final String label;

    RowClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
