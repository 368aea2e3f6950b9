/**
 * The layout corpus of issue #13: roster and ledger shapes as counties, banks, universities and platforms
 * publish them, each written by a generator (invented names, ID numbers of county 220422 with valid check
 * digits, 139… phones) with the truth a person reading the file sees.
 *
 * <ul>
 *   <li>{@link cn.gridledger.logic.importer.layouts.LayoutCorpus} lists every layout; the groups are
 *       {@code TwoCommitteeLayouts}, {@code DispatchedLayouts}, {@code CadreRosterLayouts},
 *       {@code HouseholdLayouts}, {@code HouseholdLedgerLayouts} and {@code BankLayouts}.</li>
 *   <li>{@code LayoutCorpusTest} imports each into a fresh 安恕镇 ({@code LayoutTownship}) and lists every
 *       difference from the truth at once; {@code LayoutFilesTest} checks each truth against its own file,
 *       so a failure there is the corpus's, not the importer's.</li>
 *   <li>{@code ImportNeverFaultsTest} feeds the layouts, seeded {@code LayoutVariants} of them, the
 *       samples and the POI corpus through the command line: never exit 3.</li>
 * </ul>
 *
 * <p>Adding a layout: a static generator method that writes rows with {@code SheetWriter} (or {@code Csv})
 * and records each person, error row and the header row in a {@code LayoutTruth.Builder}; then one
 * {@code Layout.cadres(…)} / {@code Layout.households(…)} line in its group's {@code all()}. Rows are
 * numbered as Excel shows them. Copy no real file and no real person.
 */
package cn.gridledger.logic.importer.layouts;
