package cn.gridledger.logic.importer.layouts;

import cn.gridledger.logic.validate.IdNumbers;
import java.time.LocalDate;

/**
 * An invented person: a made-up name and an ID number of the test county (220422) with a correct
 * GB 11643 check digit. {@code of(n)} always gives the same person, so layouts are deterministic.
 */
record Folk(String name, boolean male, LocalDate birth, String id) {

    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";
    private static final String GIVEN = "建国秀英志强海燕立新春梅德明桂兰文杰玉珍永红学军晓东丽华振宇淑芬长青宏伟凤霞国庆金花雪松佳慧俊峰红梅家豪思远";

    static Folk of(int n) {
        return make(n, 1950 + Math.floorMod(n * 7, 55));
    }

    /** Person {@code n} (name and sex as {@link #of}), born in {@code year}. */
    static Folk born(int n, int year) {
        return make(n, year);
    }

    /** A man (or woman) born in {@code year}: the first person number from {@code n} of that sex. */
    static Folk born(int n, int year, boolean male) {
        return make(n % 2 == 0 == male ? n : n + 1, year);
    }

    /** As {@link #of(int)} but an ID whose check digit is X (the next person number that has one). */
    static Folk withCheckX(int n) {
        for (int k = n; ; k += 1000) {
            Folk f = of(k);
            if (f.id.endsWith("X")) {
                return f;
            }
        }
    }

    private static Folk make(int n, int year) {
        int s = Math.floorMod(n * 37 + 11, SURNAMES.length());
        int g1 = Math.floorMod(n * 13 + 5, GIVEN.length());
        int g2 = Math.floorMod(n * 7 + 3, GIVEN.length());
        String name = "" + SURNAMES.charAt(s) + GIVEN.charAt(g1) + (n % 3 == 0 ? "" : String.valueOf(GIVEN.charAt(g2)));
        boolean male = n % 2 == 0;
        LocalDate birth = LocalDate.of(year, 1 + Math.floorMod(n * 5, 12), 1 + Math.floorMod(n * 3, 28));
        int seq = Math.floorMod(n, 450) * 2 + (male ? 1 : 0);
        String first17 = LayoutTownship.COUNTY + birth.toString().replace("-", "") + String.format("%03d", seq);
        return new Folk(name, male, birth, first17 + IdNumbers.checkDigit(first17));
    }

    String gender() {
        return male ? "男" : "女";
    }

    /** 1985.03 */
    String dotMonth() {
        return birth.getYear() + "." + String.format("%02d", birth.getMonthValue());
    }

    /** 198503 */
    String compactMonth() {
        return birth.getYear() + String.format("%02d", birth.getMonthValue());
    }

    /** 1985年3月 */
    String cjkMonth() {
        return birth.getYear() + "年" + birth.getMonthValue() + "月";
    }

    /** The 15-digit first-generation number of this person (born in the 1900s), and {@link #id} its upgrade. */
    String id15() {
        if (birth.getYear() < 1900 || birth.getYear() > 1999) {
            throw new IllegalStateException("15-digit IDs exist for 19xx births only");
        }
        return id.substring(0, 6) + id.substring(8, 17);
    }

    /** The ID as Excel keeps it when it was typed as a number: 15 significant digits, the rest zeros. */
    double idAsNumber() {
        return Double.parseDouble(id.substring(0, 15) + "000");
    }
}
