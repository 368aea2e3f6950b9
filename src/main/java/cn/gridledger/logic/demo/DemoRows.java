package cn.gridledger.logic.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows the demo generator produces, one class per table, with explicit ids so that the same seed
 * gives the same database. Fields are public and mutable because a village is assembled in steps
 * (households first, then cadres picked among their members update the same person rows).
 */
public final class DemoRows {

    private DemoRows() {
    }

    public record TownshipRow(String code, String name, String countyCode, String countyName) {
    }

    public record VillageRow(long id, String code, String name, int sortOrder) {
    }

    public record GroupRow(long id, long villageId, String name, int sortOrder) {
    }

    public record GridRow(long id, String code, String name, String gridType, long villageId, String coveredGroups,
            String since) {
    }

    public static final class PersonRow {
        public long id;
        public String name;
        public String idNumber;
        public String gender;
        public String birthDate;
        public String ethnicity = "01";
        public String politicalStatus;
        public String partyJoinDate;
        public String workStartDate;
        public String nativePlace;
        public String phone;
        public String eduFulltime;
        public String degreeFulltime;
        public String schoolFulltime;
        public String eduInservice;
        public String degreeInservice;
        public String schoolInservice;
        public String occupation;
        /** Age in completed years at the reference date; not stored, used while picking cadres. */
        public int age;
        /** The birth date as a date (the stored text is {@link #birthDate}). */
        public java.time.LocalDate birth;
    }

    public static final class HouseholdRow {
        public String id;
        public String hhNumber;
        public long gridId;
        public long villagerGroupId;
        public String tenGroupNo;
        public String tenGroupLeader;
        public String address;
        public String phone;
        public String hhType = "一般农户";
        public boolean dibao;
        public boolean tekun;
        public String housingStatus;
        public String toiletStatus;
        public String notes;
        public String since;
        public final List<MemberRow> members = new ArrayList<>();
    }

    public static final class MemberRow {
        public long id;
        public String householdId;
        public PersonRow person;
        public String relation;
        public int seq;
        public String education;
        public String studentStatus;
        public String health;
        public String labourSkill;
        public Integer monthsAway;
        public String workPlace;
        public boolean resident = true;
        public String since;
        public String endedOn;
        public String endReason;
    }

    public record EventRow(long id, String householdId, Long memberId, String eventType, String eventDate,
            String details) {
    }

    public record MonitoringRow(long id, String householdId, String category, String risk1, String risk2, String risk3,
            String identifiedMonth, String measures, String contactName, String contactPhone, boolean riskEliminated,
            String eliminationMethod, String eliminatedMonth) {
    }

    /** A visit (走访记录) of one or more households of one grid; {@code visitorId} the grid worker's person, or null. */
    public record VisitRow(String id, String date, String type, long gridId, List<String> households, Long visitorId,
            String visitor, String finding, boolean followUpNeeded, String followUp, String dueDate, boolean open,
            String result, String closedDate, String searchText) {
    }

    public record AwardRow(long id, String householdId, String awardType, int year, String level) {
    }

    public record PointsItemRow(long id, long villageId, String name, String direction, int defaultPoints) {
    }

    public record PointsEntryRow(long id, String householdId, long itemId, String entryDate, int points, String reason,
            String recorder, String approver) {
    }

    public record RedemptionRow(long id, String householdId, String redeemDate, int points, String goods,
            String recorder) {
    }

    public record PostRow(long id, long personId, String postType, String category, Long villageId, Long gridId,
            String dispatchUnit, String dispatchLevel, Boolean fullTime, String startDate, String endDate,
            boolean oneShoulder, boolean crossPost, String source, String notes) {
    }

    public record ReserveRow(long id, long personId, long villageId, String entryDate, String direction,
            String training) {
    }

    /** Everything of one village, written in one go in foreign-key order. */
    public static final class VillageData {
        public VillageRow village;
        public final List<GroupRow> groups = new ArrayList<>();
        public final List<GridRow> grids = new ArrayList<>();
        /** Persons in id order: household members first, then cadres from outside the village. */
        public final List<PersonRow> persons = new ArrayList<>();
        public final List<HouseholdRow> households = new ArrayList<>();
        public final List<EventRow> events = new ArrayList<>();
        public final List<MonitoringRow> monitoring = new ArrayList<>();
        public final List<AwardRow> awards = new ArrayList<>();
        public final List<PointsItemRow> pointsItems = new ArrayList<>();
        public final List<PointsEntryRow> pointsEntries = new ArrayList<>();
        public final List<RedemptionRow> redemptions = new ArrayList<>();
        public final List<PostRow> posts = new ArrayList<>();
        public final List<ReserveRow> reserves = new ArrayList<>();
        public final List<VisitRow> visits = new ArrayList<>();
        /** Each grid's 防止返贫监测员 (person id), by grid id. */
        public final java.util.Map<Long, Long> gridMonitors = new java.util.HashMap<>();

        public int memberCount() {
            int n = 0;
            for (HouseholdRow h : households) {
                n += h.members.size();
            }
            return n;
        }
    }
}
