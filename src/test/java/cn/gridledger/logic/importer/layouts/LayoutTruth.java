package cn.gridledger.logic.importer.layouts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a person sees in a layout file, and so what the importer must find.
 *
 * @param headerRow       1-based first row of the header band; null = the file must be refused
 * @param refusalFragment part of the Chinese refusal message, for refused files
 * @param recordRows      Excel rows that hold a person (accepted or not), in file order
 * @param errorRows       Excel row → part of the expected Chinese error of that row
 * @param people          the people that must be in the database after a committing import
 * @param villageOption   the village code a user gives with {@code --village} when the file names none
 * @param errorColumns    Excel row → the column letter its error must name (the column that holds the bad
 *                        value, issue #13 item 6), for the error rows where it matters
 * @param warningFreeRows rows whose dates must all be read right: no issue about a date on them (a birth
 *                        month read wrong would disagree with the ID number)
 */
record LayoutTruth(Path file, Integer headerRow, String refusalFragment, List<Integer> recordRows,
                   Map<Integer, String> errorRows, List<ExpectedPerson> people, String villageOption,
                   List<Integer> warningFreeRows, Map<Integer, String> errorColumns) {

    LayoutTruth {
        recordRows = List.copyOf(recordRows);
        errorRows = Map.copyOf(errorRows);
        people = List.copyOf(people);
        warningFreeRows = List.copyOf(warningFreeRows);
        errorColumns = Map.copyOf(errorColumns);
    }

    static LayoutTruth refused(Path file, String fragment) {
        return new LayoutTruth(file, null, fragment, List.of(), Map.of(), List.of(), null, List.of(), Map.of());
    }

    /** Collects the truth while a generator writes rows. */
    static final class Builder {
        private final Path file;
        private final int headerRow;
        private final List<Integer> records = new ArrayList<>();
        private final Map<Integer, String> errors = new LinkedHashMap<>();
        private final List<ExpectedPerson> people = new ArrayList<>();
        private final List<Integer> warningFree = new ArrayList<>();
        private final Map<Integer, String> errorColumns = new LinkedHashMap<>();
        private String villageOption;

        Builder(Path file, int headerRow) {
            this.file = file;
            this.headerRow = headerRow;
        }

        /** A row holding a person who must be imported. */
        Builder person(ExpectedPerson p) {
            records.add(p.excelRow());
            people.add(p);
            return this;
        }

        /** A row holding a person that must be an error row whose message contains {@code fragment}. */
        Builder error(int row, String fragment) {
            records.add(row);
            errors.put(row, fragment);
            return this;
        }

        /** As {@link #error(int, String)}, and the message must point at column {@code letter} (A, B, …). */
        Builder error(int row, String fragment, String letter) {
            errorColumns.put(row, letter);
            return error(row, fragment);
        }

        /** A row that is a record but may be accepted or carry only a warning (nothing asserted on it). */
        Builder record(int row) {
            records.add(row);
            return this;
        }

        /** The row's dates must be read right: no error or warning about a date on it. */
        Builder warningFree(int row) {
            warningFree.add(row);
            return this;
        }

        Builder villageOption(String code) {
            this.villageOption = code;
            return this;
        }

        LayoutTruth build() {
            List<Integer> sorted = new ArrayList<>(records);
            sorted.sort(null);
            return new LayoutTruth(file, headerRow, null, sorted, errors, people, villageOption, warningFree, errorColumns);
        }
    }
}
