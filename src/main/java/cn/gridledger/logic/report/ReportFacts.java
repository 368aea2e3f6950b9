package cn.gridledger.logic.report;

/**
 * What the report queries return: plain records, one per village, person, household or member, with
 * dates as ISO text. Built in {@code logic.store}, turned into printed rows here.
 */
public final class ReportFacts {

    private ReportFacts() {
    }

    public record VillageRef(long id, String code, String name) {
    }

    /** One grid, when the household ledger is exported for it alone (导出本网格台账). */
    public record GridRef(long id, String code, String name) {
    }

    /** R1: one village's counts at the statistics date. */
    public record VillageCounts(long villageId, long grids, long basicGrids, long dedicatedGrids, long gridWorkers,
            long fullTimeWorkers, long partTimeWorkers, long households, long registered, long resident,
            long tenGroups, long povertyHouseholds, long povertyPeople, long monitoredHouseholds,
            long monitoredPeople, long eliminatedHouseholds, long partyMembers, long beautifulCourtyards,
            long cleanHomes, long civilizedHomes) {
    }

    /** R2: one 村两委 post held at the statistics date, with its person. */
    public record CommitteePost(long villageId, long personId, String postType, String gender, String birthDate,
            String ethnicity, String politicalStatus, String eduFullTime, String eduInService, boolean oneShoulder,
            boolean crossPost) {
    }

    /** R3: one monitored household (its latest episode identified by the statistics date). */
    public record MonitoredHousehold(long villageId, String village, String grid, String hhNumber, String headName,
            String headIdNumber, long members, String category, String risk1, String risk2, String risk3,
            String identifiedMonth, String measures, String contactName, String contactPhone,
            boolean eliminated, String eliminationMethod, String eliminatedMonth) {
    }

    /** R4: one household's points of the quarter and to date, and its rank in the village by the quarter's score. */
    public record HouseholdPoints(long villageId, String village, String grid, String headName, long added,
            long deducted, long earnedToDate, long redeemedToDate, long villageRank) {
    }

    /** R5: one reserve cadre in the 台账 at the statistics date. */
    public record Reserve(long villageId, String village, String name, String gender, String birthDate,
            String eduFullTime, String eduInService, String politicalStatus, String occupation, String entryDate,
            String direction, String training, String phone) {
    }

    /** C1: one person-post (or 后备力量 entry) at the statistics date. */
    public record CadrePost(String name, String gender, String ethnicity, String birthDate, String nativePlace,
            String idNumber, String politicalStatus, String partyJoinDate, String workStartDate,
            String eduFullTime, String degreeFullTime, String schoolFullTime, String eduInService,
            String degreeInService, String schoolInService, String workUnit, String postType, String startDate,
            boolean oneShoulder, boolean crossPost, String category, String dispatchLevel, String phone,
            String notes) {
    }

    /**
     * C2: one member of a household at the statistics date, with the household's columns; the awards and
     * monitoring episodes packed by the query (see ReportRepository.LEDGER_LISTS).
     */
    public record LedgerMember(String village, String gridCode, String gridName, String villagerGroup,
            String hhNumber, String headName, String relation, String name, String gender, String idNumber,
            String birthDate, String ethnicity, String education, String studentStatus, String health,
            String labourSkill, Integer monthsAway, String politicalStatus, String phone, String hhType,
            boolean dibao, boolean tekun, String monitoringCategory, Boolean riskEliminated, String tenGroupNo,
            String notes, String address, String hhPhone, String tenGroupLeader, String housingStatus,
            String toiletStatus, String hhSince, String workPlace, boolean resident, String memberSince,
            String awardsPacked, String monitoringPacked) {
    }

    /**
     * R6: a person who joined or left a household in the quarter (a status event), with the grid the
     * household was in on that day. {@code arrival}: 新增 (出生, 迁入, 合户, 入户) rather than 减少.
     */
    public record PopulationChange(long villageId, String village, String grid, String hhNumber, String headName,
            String name, String gender, String idNumber, boolean arrival, String event, String date, String note) {
    }

    /**
     * R6: a household that began (新增户, {@code arrival}) or ended (减少户) in the quarter, with the reason
     * recorded on that day (分户, 迁入, 合户, 迁出 …; 注销 for an end without one), the grid it was in then and
     * how many persons it had on that day.
     */
    public record HouseholdChange(long villageId, String village, String grid, String hhNumber, String headName,
            int persons, boolean arrival, String event, String date, String note) {
    }
}
