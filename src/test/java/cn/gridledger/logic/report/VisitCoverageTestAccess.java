package cn.gridledger.logic.report;

import java.math.BigDecimal;

/** Opens R7's package-private rate for tests in other packages. */
public final class VisitCoverageTestAccess {

    private VisitCoverageTestAccess() {
    }

    public static BigDecimal rate(long part, long whole) {
        return VisitCoverageReport.percent(part, whole);
    }
}
