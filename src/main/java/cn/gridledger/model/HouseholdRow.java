package cn.gridledger.model;

/**
 * One line of the household list: what the table shows and filters on. {@code monitoring} is
 * {@link MonitoringState#NONE} when the household was never monitored.
 */
public record HouseholdRow(
        String id,
        String hhNumber,
        String headName,
        int memberCount,
        Long gridId,
        String gridName,
        Long villageId,
        String hhType,
        boolean dibao,
        boolean tekun,
        MonitoringState monitoring,
        long points,
        String phone,
        boolean awarded,
        String updatedAt) {

    /** Monitoring as the list shows it: never, risk still open, or every episode closed. */
    public enum MonitoringState {
        NONE(""), OPEN("风险未消除"), CLOSED("风险已消除");

        private final String label;

        MonitoringState(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean monitored() {
        return monitoring != MonitoringState.NONE;
    }

    public boolean lifted() {
        return "脱贫户".equals(hhType);
    }
}
