package cn.gridledger.model;

import java.util.List;

/**
 * A household with everything entered on its form: members (head first), monitoring episodes, awards,
 * points entries and redemptions. Saved and loaded as one unit, in one transaction.
 */
public record HouseholdDetail(
        Household household,
        List<Member> members,
        List<Monitoring> monitoring,
        List<Award> awards,
        List<PointsEntry> pointsEntries,
        List<PointsRedemption> redemptions) {

    public HouseholdDetail {
        members = List.copyOf(members);
        monitoring = List.copyOf(monitoring);
        awards = List.copyOf(awards);
        pointsEntries = List.copyOf(pointsEntries);
        redemptions = List.copyOf(redemptions);
    }

    /** A household with members only (importer, demo). */
    public static HouseholdDetail of(Household household, List<Member> members) {
        return new HouseholdDetail(household, members, List.of(), List.of(), List.of(), List.of());
    }

    /** Points earned minus points redeemed. */
    public long pointsBalance() {
        long earned = pointsEntries.stream().mapToLong(PointsEntry::points).sum();
        long spent = redemptions.stream().mapToLong(PointsRedemption::points).sum();
        return earned - spent;
    }
}
