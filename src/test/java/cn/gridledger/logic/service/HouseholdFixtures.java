package cn.gridledger.logic.service;

import java.util.ArrayList;
import java.util.List;

import cn.gridledger.model.Grid;
import cn.gridledger.model.Household;
import cn.gridledger.model.HouseholdDetail;
import cn.gridledger.model.Member;
import cn.gridledger.model.Person;
import cn.gridledger.model.Township;
import cn.gridledger.model.Village;

/** A small set-up township and households for service and UI tests. */
public final class HouseholdFixtures {

    public static final String VILLAGE_A = "130102100201";
    public static final String VILLAGE_B = "130102100202";

    private HouseholdFixtures() {
    }

    /** Township 安恕镇 with 安恕村 (grids 001, 002) and 太平村 (grid 001). */
    public static List<Grid> township(AppServices app) {
        app.township().setUp(new Township("130102100", "安恕镇", "130102", "示例县"),
                List.of(new Village(0, VILLAGE_A, "安恕村", "村"), new Village(0, VILLAGE_B, "太平村", "村")));
        List<Village> villages = app.grids().villages();
        List<Grid> grids = new ArrayList<>();
        grids.add(app.grids().create(villages.get(0).id(), "一组网格", "基础网格", "一组"));
        grids.add(app.grids().create(villages.get(0).id(), "二组网格", "基础网格", "二组"));
        grids.add(app.grids().create(villages.get(1).id(), "太平一网格", "基础网格", null));
        return grids;
    }

    /** A valid 18-digit ID number for a birth date and a 3-digit sequence (odd = male). */
    public static String id(String birth8, int seq) {
        String first17 = "130102" + birth8 + String.format("%03d", seq);
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * w[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    public static Member member(String name, String idNumber, String relation) {
        return new Member(0, null, Person.basic(name, idNumber, null, null, "01", "群众", null), relation, 0, null,
                null, "健康", null, null, null, true, null);
    }

    public static Household household(String hhNumber, long gridId, String phone) {
        return new Household(null, hhNumber, gridId, null, null, null, "安恕村一组", phone, "一般农户", false, false,
                null, null, null, null);
    }

    public static HouseholdDetail detail(String hhNumber, long gridId, String phone, Member... members) {
        return HouseholdDetail.of(household(hhNumber, gridId, phone), List.of(members));
    }
}
