package cn.gridledger.logic.report;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import cn.gridledger.logic.report.ReportFacts.CadrePost;
import cn.gridledger.logic.report.ReportFacts.CommitteePost;
import cn.gridledger.logic.report.ReportFacts.HouseholdPoints;
import cn.gridledger.logic.report.ReportFacts.LedgerMember;
import cn.gridledger.logic.report.ReportFacts.MonitoredHousehold;
import cn.gridledger.logic.report.ReportFacts.Reserve;
import cn.gridledger.logic.report.ReportFacts.VillageCounts;
import cn.gridledger.logic.report.ReportFacts.VillageRef;
import cn.gridledger.model.Quarter;

/**
 * The queries behind the reports, as of a date (the quarter's last day) or over a quarter.
 * {@code villageId} null means the whole township. Implemented over the database by the service layer.
 */
public interface ReportData {

    /** Villages in print order; only the one with {@code villageId} when it is not null. */
    List<VillageRef> villages(Long villageId);

    List<VillageCounts> villageCounts(LocalDate asOf, Long villageId);

    List<CommitteePost> committeePosts(LocalDate asOf, Long villageId);

    List<Reserve> reserves(LocalDate asOf, Long villageId);

    /** {@code gridId} (when not null) keeps the households that were in that grid at {@code asOf}. */
    List<MonitoredHousehold> monitoredHouseholds(LocalDate asOf, Long villageId, Long gridId);

    /**
     * Households streamed by village, best score of the quarter first, with their rank in the village
     * (in the grid, when {@code gridId} keeps only that grid's households).
     */
    void householdPoints(Quarter quarter, Long villageId, Long gridId, Consumer<HouseholdPoints> sink);

    /** At most {@code limit} person-posts, streamed. */
    void cadrePosts(LocalDate asOf, Long villageId, int limit, Consumer<CadrePost> sink);

    /**
     * At most {@code limit} members, streamed in village, grid, household, member order; {@code gridId}
     * (when not null) keeps the households that were in that grid at {@code asOf}.
     */
    void ledgerMembers(LocalDate asOf, Long villageId, Long gridId, int limit, Consumer<LedgerMember> sink);

    /**
     * R7: every grid alive at the quarter's end (of one village when {@code villageId} is not null), in
     * print order, with its households, visits and follow-ups of {@code quarter}.
     */
    List<VisitCoverage> visitCoverage(Quarter quarter, Long villageId);

    /** R6: persons who joined or left a household in {@code quarter}, village → grid → day. */
    List<ReportFacts.PopulationChange> populationChanges(Quarter quarter, Long villageId);

    /** R6: households that began or ended in {@code quarter}, village → grid → day. */
    List<ReportFacts.HouseholdChange> householdChanges(Quarter quarter, Long villageId);
}
