package cn.gridledger.logic.importer.layouts;

import java.util.ArrayList;
import java.util.List;

/** Every layout of the corpus, in a stable order. */
final class LayoutCorpus {

    private LayoutCorpus() {
    }

    static List<Layout> all() {
        List<Layout> all = new ArrayList<>();
        all.addAll(TwoCommitteeLayouts.all());
        all.addAll(DispatchedLayouts.all());
        all.addAll(HouseholdLayouts.all());
        all.addAll(BankLayouts.all());
        all.addAll(CadreRosterLayouts.all());
        all.addAll(HouseholdLedgerLayouts.all());
        all.sort(java.util.Comparator.comparing(Layout::id));
        return List.copyOf(all);
    }
}
