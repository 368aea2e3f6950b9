package cn.gridledger.logic.service;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import cn.gridledger.logic.report.ReportData;
import cn.gridledger.logic.report.ReportFacts.CadrePost;
import cn.gridledger.logic.report.ReportFacts.CommitteePost;
import cn.gridledger.logic.report.ReportFacts.HouseholdPoints;
import cn.gridledger.logic.report.ReportFacts.LedgerMember;
import cn.gridledger.logic.report.ReportFacts.MonitoredHousehold;
import cn.gridledger.logic.report.ReportFacts.Reserve;
import cn.gridledger.logic.report.ReportFacts.VillageCounts;
import cn.gridledger.logic.report.ReportFacts.VillageRef;
import cn.gridledger.logic.store.SqlReader;
import cn.gridledger.logic.store.ReportRepository;
import cn.gridledger.model.Quarter;

/** The report queries on the reader connection. */
final class DatabaseReportData implements ReportData {

    private final SqlReader db;
    private final ReportRepository repo = new ReportRepository();

    DatabaseReportData(SqlReader db) {
        this.db = db;
    }

    @Override
    public List<VillageRef> villages(Long villageId) {
        return db.read(c -> repo.villages(c, villageId));
    }

    @Override
    public List<VillageCounts> villageCounts(LocalDate asOf, Long villageId) {
        return db.read(c -> repo.villageCounts(c, asOf, villageId));
    }

    @Override
    public List<CommitteePost> committeePosts(LocalDate asOf, Long villageId) {
        return db.read(c -> repo.committeePosts(c, asOf, villageId));
    }

    @Override
    public List<Reserve> reserves(LocalDate asOf, Long villageId) {
        return db.read(c -> repo.reserves(c, asOf, villageId));
    }

    @Override
    public List<MonitoredHousehold> monitoredHouseholds(LocalDate asOf, Long villageId, Long gridId) {
        return db.read(c -> repo.monitoredHouseholds(c, asOf, villageId, gridId));
    }

    @Override
    public void householdPoints(Quarter quarter, Long villageId, Long gridId, Consumer<HouseholdPoints> sink) {
        db.read(c -> {
            repo.householdPoints(c, quarter.firstDay(), quarter.lastDay(), villageId, gridId, sink);
            return null;
        });
    }

    @Override
    public void cadrePosts(LocalDate asOf, Long villageId, int limit, Consumer<CadrePost> sink) {
        db.read(c -> {
            repo.cadrePosts(c, asOf, villageId, limit, sink);
            return null;
        });
    }

    @Override
    public void ledgerMembers(LocalDate asOf, Long villageId, Long gridId, int limit, Consumer<LedgerMember> sink) {
        db.read(c -> {
            repo.ledgerMembers(c, asOf, villageId, gridId, limit, sink);
            return null;
        });
    }

    @Override
    public List<cn.gridledger.logic.report.VisitCoverage> visitCoverage(Quarter quarter, Long villageId) {
        return db.read(c -> new cn.gridledger.logic.store.VisitReportRepository().coverage(c, quarter, villageId));
    }

    @Override
    public List<cn.gridledger.logic.report.ReportFacts.PopulationChange> populationChanges(Quarter quarter, Long villageId) {
        return db.read(c -> new cn.gridledger.logic.store.PopulationChangeRepository().changes(c,
                quarter.firstDay().toString(), quarter.lastDay().toString(), villageId));
    }

    @Override
    public List<cn.gridledger.logic.report.ReportFacts.HouseholdChange> householdChanges(Quarter quarter, Long villageId) {
        return db.read(c -> new cn.gridledger.logic.store.PopulationChangeRepository().householdChanges(c,
                quarter.firstDay().toString(), quarter.lastDay().toString(), villageId));
    }
}
