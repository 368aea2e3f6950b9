package cn.gridledger.logic.search;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

import cn.gridledger.model.HouseholdRow;
import cn.gridledger.model.HouseholdRow.MonitoringState;

/**
 * Which households the list shows: a village or grid (null: the whole township) and the filter chips,
 * all of which must hold. {@code notUpdatedBefore} (ISO date) backs the 本季度未更新 chip.
 */
public record HouseholdFilter(Long villageId, Long gridId, Set<Chip> chips, String notUpdatedBefore)
        implements Predicate<HouseholdRow> {

    /** The filter chips above the list. */
    public enum Chip {
        LIFTED("脱贫户"), MONITORED("监测对象"), RISK_OPEN("风险未消除"), DIBAO("低保"), TEKUN("特困"),
        AWARDED("示范户"),
        /** Shown only when the home page opens the list with it. */
        RISK_CLOSED("风险已消除"),
        /** Shown only when the home page opens the list with it. */
        NOT_UPDATED("本季度未更新");

        /** Chips that only a home-page tile turns on. */
        public boolean onDemand() {
            return this == RISK_CLOSED || this == NOT_UPDATED;
        }

        private final String label;

        Chip(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public HouseholdFilter {
        chips = chips.isEmpty() ? EnumSet.noneOf(Chip.class) : EnumSet.copyOf(chips);
    }

    public static HouseholdFilter all() {
        return new HouseholdFilter(null, null, Set.of(), null);
    }

    @Override
    public boolean test(HouseholdRow r) {
        if (gridId != null && !gridId.equals(r.gridId())) {
            return false;
        }
        if (villageId != null && !villageId.equals(r.villageId())) {
            return false;
        }
        for (Chip chip : chips) {
            if (!holds(chip, r)) {
                return false;
            }
        }
        return true;
    }

    private boolean holds(Chip chip, HouseholdRow r) {
        return switch (chip) {
            case LIFTED -> r.lifted();
            case MONITORED -> r.monitored();
            case RISK_OPEN -> r.monitoring() == MonitoringState.OPEN;
            case DIBAO -> r.dibao();
            case TEKUN -> r.tekun();
            case AWARDED -> r.awarded();
            case RISK_CLOSED -> r.monitoring() == MonitoringState.CLOSED;
            case NOT_UPDATED -> notUpdatedBefore == null || r.updatedAt() == null
                    || r.updatedAt().compareTo(notUpdatedBefore) < 0;
        };
    }
}
