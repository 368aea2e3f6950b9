package cn.gridledger.logic.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;

import cn.gridledger.logic.demo.DemoRows.PersonRow;

/**
 * What every part of the generator shares: the one seeded random source, the reference date (the first
 * day of the current month, so the data stays recent yet is stable for a month), the ID issuer and the
 * id counters of every table.
 */
final class DemoContext {

    final Random rnd;
    final LocalDate ref;
    final DemoIdNumbers ids;
    final String countyCode;
    final String countyName;
    final String townshipName;

    long nextPerson = 1;
    long nextMember = 1;
    long nextGroup = 1;
    long nextGrid = 1;
    long nextEvent = 1;
    long nextMonitoring = 1;
    long nextAward = 1;
    long nextPointsItem = 1;
    long nextPointsEntry = 1;
    long nextRedemption = 1;
    long nextPost = 1;
    long nextReserve = 1;

    DemoContext(long seed, LocalDate ref, String countyCode, String countyName, String townshipName) {
        this.rnd = new Random(seed);
        this.ref = ref;
        this.ids = new DemoIdNumbers(countyCode);
        this.countyCode = countyCode;
        this.countyName = countyName;
        this.townshipName = townshipName;
    }

    int between(int lowInclusive, int highInclusive) {
        return lowInclusive + rnd.nextInt(highInclusive - lowInclusive + 1);
    }

    boolean chance(double p) {
        return rnd.nextDouble() < p;
    }

    <T> T pick(T[] options) {
        return options[rnd.nextInt(options.length)];
    }

    <T> T pick(List<T> options) {
        return options.get(rnd.nextInt(options.size()));
    }

    /** Picks an index by integer weights. */
    int weighted(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = rnd.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A birth date giving the age (completed years) at the reference date. */
    LocalDate birthForAge(int age) {
        LocalDate latest = ref.minusYears(age);
        return latest.minusDays(rnd.nextInt(365) + 1);
    }

    /** A day within the last {@code months} months before the reference date. */
    LocalDate recentDay(int months) {
        long span = ref.toEpochDay() - ref.minusMonths(months).toEpochDay();
        return ref.minusDays(1 + rnd.nextLong(span));
    }

    /** Zero-padded decimal, faster than String.format on hundreds of thousands of rows. */
    static String pad(long value, int width) {
        String digits = Long.toString(value);
        if (digits.length() >= width) {
            return digits;
        }
        return "0".repeat(width - digits.length()) + digits;
    }

    static String month(LocalDate d) {
        return YearMonth.from(d).toString();
    }

    String mobile() {
        String[] prefixes = {"130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155",
            "157", "158", "159", "177", "180", "181", "182", "183", "185", "186", "187", "188", "189", "199"};
        return pick(prefixes) + pad(rnd.nextInt(100_000_000), 8);
    }

    /** A new person with a fictional ID number consistent with gender and birth date. */
    PersonRow person(String name, boolean male, int age) {
        PersonRow p = new PersonRow();
        p.id = nextPerson++;
        p.name = name;
        p.gender = male ? "男" : "女";
        LocalDate birth = birthForAge(age);
        p.birth = birth;
        p.birthDate = birth.toString();
        p.idNumber = ids.issue(rnd, birth, male);
        p.age = age;
        return p;
    }
}
