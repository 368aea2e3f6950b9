package cn.gridledger.logic.demo;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.Random;

import cn.gridledger.logic.validate.IdNumbers;

/**
 * Fictional 18-digit 公民身份号码 (GB 11643-1999) for the demo county: region code, birth date, a sequence
 * whose parity carries the gender (odd = male), and the ISO 7064 MOD 11-2 check character. Every number
 * is issued once; the check character comes from the shared validator.
 */
final class DemoIdNumbers {


    private final String region;
    private static final long FIRST_DAY = LocalDate.of(1900, 1, 1).toEpochDay();

    /** Issued (birth day, sequence) pairs: one bit each, a few megabytes for a century of birthdays. */
    private final BitSet issued = new BitSet();

    DemoIdNumbers(String region) {
        this.region = region;
    }

    String issue(Random rnd, LocalDate birth, boolean male) {
        int day = (int) (birth.toEpochDay() - FIRST_DAY);
        int seq;
        do {
            seq = rnd.nextInt(500) * 2 + (male ? 1 : 0);
            if (seq == 0) {
                seq = 2;
            }
            // a sequence ending in 00 can give an ID ending in 000, which the validators rightly flag as a
            // possible Excel truncation: demo data should not raise false alarms
        } while (seq % 100 == 0 || issued.get(day * 1000 + seq));
        issued.set(day * 1000 + seq);
        String body = region + birth.getYear() + DemoContext.pad(birth.getMonthValue(), 2)
                + DemoContext.pad(birth.getDayOfMonth(), 2) + DemoContext.pad(seq, 3);
        return body + IdNumbers.checkDigit(body);
    }
}
