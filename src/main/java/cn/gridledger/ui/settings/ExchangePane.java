package cn.gridledger.ui.settings;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.CountyService;
import cn.gridledger.logic.service.ExchangeService.ConflictInfo;
import cn.gridledger.logic.service.ExchangeService.ExportResult;
import cn.gridledger.logic.service.ExchangeService.IdentityInfo;
import cn.gridledger.logic.service.ExchangeService.ImportResult;
import cn.gridledger.logic.service.ExchangeService.Keep;
import cn.gridledger.logic.service.ExchangeService.PartnerInfo;
import cn.gridledger.logic.service.ExchangeService.Preview;
import cn.gridledger.logic.service.SubmittedQuarterException;
import cn.gridledger.model.Grid;
import cn.gridledger.ui.I18n;
import cn.gridledger.ui.common.ActionStatus;
import cn.gridledger.ui.common.DialogFit;
import cn.gridledger.ui.common.Dialogs;
import cn.gridledger.ui.common.LastFolders;
import cn.gridledger.ui.common.LateEditReasonDialog;
import cn.gridledger.ui.common.TableCopy;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * 交换包 (#16): this computer's exchange identity (or setting it up), the partners, exporting a package for a
 * partner, previewing and importing one, the open conflicts with 保留本机 / 采用对方, undoing the last import.
 * Administrators only, as the service checks; others see a note.
 */
final class ExchangePane {

    static final String EXTENSION = "*.glx";

    private final AppServices services;
    private final VBox box;
    private final Label identity = new Label();
    private final Button asTownship = new Button(I18n.t("exchange.initTownship"));
    private final Button asCopy = new Button(I18n.t("exchange.initCopy"));
    /** The township's whole database for the county (#16 county consolidation); not on a grid worker's laptop. */
    private final Button countySnapshot = new Button(I18n.t("exchange.countySnapshot"));
    private final Label copyHint = new Label(I18n.t("exchange.copyHint"));
    private final TableView<PartnerInfo> partners = new TableView<>();
    private final TableView<ConflictInfo> conflicts = new TableView<>();
    private final Label conflictsTitle = new Label();
    private final Label status = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final ActionStatus work = new ActionStatus(status, bar, m -> I18n.t("exchange.refused", m));
    /** The dialog of the import preview while it is showing (the UI test looks at it). */
    Dialog<ButtonType> previewDialog;

    ExchangePane(AppServices services) {
        this.services = services;
        if (!services.session().isAdmin()) {
            Label note = new Label(I18n.t("exchange.adminOnly"));
            note.setId("exchangeAdminOnly");
            note.setWrapText(true);
            box = new VBox(12, note);
            box.setPadding(new Insets(12, 0, 0, 0));
            return;
        }
        Label intro = new Label(I18n.t("exchange.intro"));
        intro.setWrapText(true);
        identity.setId("exchangeIdentity");
        identity.setWrapText(true);
        identity.getStyleClass().add("section-title");
        asTownship.setId("exchangeInitTownship");
        asTownship.setOnAction(e -> initTownship());
        asCopy.setId("exchangeInitCopy");
        asCopy.setOnAction(e -> initCopy());
        copyHint.setWrapText(true);
        copyHint.getStyleClass().add("muted");

        partners.setId("exchangePartners");
        TableCopy.install(partners);
        partners.getColumns().add(BackupPane.column("exchange.partnerName", PartnerInfo::name, 200));
        partners.getColumns().add(BackupPane.column("exchange.partnerScope", PartnerInfo::scope, 300));
        partners.getColumns().add(BackupPane.column("exchange.lastSent", p -> number(p.lastSent()), 150));
        partners.getColumns().add(BackupPane.column("exchange.lastReceived", p -> number(p.lastReceived()), 150));
        partners.setPlaceholder(new Label(I18n.t("exchange.noPartners")));
        partners.setPrefHeight(120);
        partners.setMinHeight(90);

        Button export = action("exchangeExport", "exchange.export", this::chooseExport);
        Button importButton = action("exchangeImport", "exchange.import", this::chooseImport);
        Button undo = action("exchangeUndo", "exchange.undo", this::undo);
        countySnapshot.setId("exchangeCountySnapshot");
        countySnapshot.setOnAction(e -> chooseCountySnapshot());
        work.add(countySnapshot);
        Button partnerScope = action("exchangePartnerScope", "exchange.partnerScopeEdit", this::choosePartnerScope);
        HBox actionRow = new HBox(10, export, importButton, undo, partnerScope, countySnapshot, bar);
        actionRow.setAlignment(Pos.CENTER_LEFT);
        status.setId("exchangeStatus");
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        conflictsTitle.setId("exchangeConflictsTitle");
        conflictsTitle.getStyleClass().add("section-title");
        conflicts.setId("exchangeConflicts");
        TableCopy.install(conflicts);
        conflicts.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        conflicts.getColumns().add(BackupPane.column("exchange.conflictPartner", ConflictInfo::partner, 130));
        conflicts.getColumns().add(BackupPane.column("exchange.conflictRecord", ConflictInfo::record, 260));
        conflicts.getColumns().add(BackupPane.column("exchange.conflictField", ConflictInfo::fieldLabel, 100));
        conflicts.getColumns().add(BackupPane.column("exchange.conflictMine", c -> shown(c.mine()), 170));
        conflicts.getColumns().add(BackupPane.column("exchange.conflictTheirs", c -> shown(c.theirs()), 170));
        conflicts.getColumns().add(BackupPane.column("exchange.conflictWhen",
                c -> I18n.t("exchange.conflictWho", c.theirUser(), c.theirTime().replace('T', ' ')), 300));
        conflicts.getColumns().add(BackupPane.column("exchange.conflictNote", c -> java.util.Objects.toString(c.note(), ""), 300));
        conflicts.setPlaceholder(new Label(I18n.t("exchange.noConflicts")));
        VBox.setVgrow(conflicts, Priority.ALWAYS);
        Button keepMine = action("exchangeKeepMine", "exchange.keepMine", () -> resolveSelected(Keep.MINE));
        Button takeTheirs = action("exchangeTakeTheirs", "exchange.takeTheirs", () -> resolveSelected(Keep.THEIRS));
        Button allMine = action("exchangeAllMine", "exchange.allMine", () -> resolveAll(Keep.MINE));
        Button allTheirs = action("exchangeAllTheirs", "exchange.allTheirs", () -> resolveAll(Keep.THEIRS));

        HBox identityRow = new HBox(10, asTownship, asCopy);
        identityRow.setAlignment(Pos.CENTER_LEFT);
        box = new VBox(8, intro, identity, identityRow, copyHint, new Label(I18n.t("exchange.partners")), partners,
                actionRow, status, conflictsTitle, conflicts, new HBox(10, keepMine, takeTheirs, allMine, allTheirs));
        box.setPadding(new Insets(12, 0, 0, 0));
    }

    private Button action(String id, String key, Runnable run) {
        Button b = new Button(I18n.t(key));
        b.setId(id);
        b.setOnAction(e -> run.run());
        work.add(b);
        return b;
    }

    private static String number(long n) {
        return n == 0 ? I18n.t("exchange.none") : I18n.t("exchange.packageNo", n);
    }

    private static String shown(String value) {
        return value == null || value.isEmpty() ? I18n.t("exchange.empty") : value;
    }

    private Window window() {
        return box.getScene() == null ? null : box.getScene().getWindow();
    }

    // ------------------------------------------------------------------------------------------ refresh

    void refresh() {
        if (!services.session().isAdmin()) {
            return;
        }
        try {
            Optional<IdentityInfo> me = services.exchange().identity();
            identity.setText(me.map(i -> I18n.t("exchange.identity", i.name(), i.scope()))
                    .orElse(I18n.t("exchange.noIdentity")));
            asTownship.setVisible(me.isEmpty());
            asTownship.setManaged(me.isEmpty());
            // a laptop's database copied from the township still carries the township's identity
            boolean copyPossible = me.isPresent() && me.get().copiedFrom() == null;
            asCopy.setVisible(copyPossible);
            asCopy.setManaged(copyPossible);
            copyHint.setVisible(copyPossible || me.isEmpty());
            copyHint.setManaged(copyHint.isVisible());
            copyHint.setText(I18n.t(me.isEmpty() ? "exchange.noIdentityHint" : "exchange.copyHint"));
            boolean township = me.isEmpty() || me.get().copiedFrom() == null;
            countySnapshot.setVisible(township);
            countySnapshot.setManaged(township);
            partners.getItems().setAll(services.exchange().partners());
            List<ConflictInfo> open = services.exchange().conflicts();
            conflicts.getItems().setAll(open);
            conflictsTitle.setText(I18n.t("exchange.conflicts", open.size()));
        } catch (RuntimeException e) {
            failed(e);
        }
    }

    private void done(String text) {
        work.done(text);
    }

    /** A refusal in the pane, in the service's Chinese words; anything else as an internal fault. */
    private void failed(Throwable e) {
        work.failed(e);
    }

    private <T> void background(Function<Progress, T> task, Consumer<T> then) {
        work.background(task, then, this::refresh);
    }

    // ------------------------------------------------------------------------------------------ identity

    private void initTownship() {
        String township = services.township().township().map(t -> t.name()).orElse("");
        TextField name = new TextField(township);
        name.setId("exchangeInitName");
        Dialog<ButtonType> dialog = dialog(I18n.t("exchange.initTownship"), I18n.t("exchange.initTownshipHeader"));
        GridPane form = form();
        form.addRow(0, new Label(I18n.t("exchange.name")), name);
        form.addRow(1, new Label(I18n.t("exchange.scope")), new Label(I18n.t("exchange.wholeTownship")));
        dialog.getDialogPane().setContent(form);
        dialog.setOnShown(e -> name.requestFocus());
        if (dialog.showAndWait().filter(Dialogs.OK::equals).isPresent()) {
            init(name.getText(), List.of(), false);
        }
    }

    private void initCopy() {
        TextField name = new TextField();
        name.setId("exchangeInitName");
        name.setPromptText(I18n.t("exchange.namePrompt"));
        List<Grid> grids = services.township().grids();
        ListView<String> gridList = new ListView<>();
        gridList.setId("exchangeInitGrids");
        gridList.getItems().setAll(grids.stream().map(g -> g.code() + " " + g.name()).toList());
        gridList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        gridList.setPrefHeight(160);
        Dialog<ButtonType> dialog = dialog(I18n.t("exchange.initCopy"), I18n.t("exchange.initCopyHeader"));
        GridPane form = form();
        form.addRow(0, new Label(I18n.t("exchange.name")), name);
        form.addRow(1, new Label(I18n.t("exchange.grids")), gridList);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().lookupButton(Dialogs.OK).disableProperty().bind(Bindings.createBooleanBinding(
                () -> name.getText().isBlank() || gridList.getSelectionModel().getSelectedIndices().isEmpty(),
                name.textProperty(), gridList.getSelectionModel().getSelectedIndices()));
        dialog.setOnShown(e -> name.requestFocus());
        if (dialog.showAndWait().filter(Dialogs.OK::equals).isPresent()) {
            List<String> codes = gridList.getSelectionModel().getSelectedIndices().stream().map(i -> grids.get(i).code()).toList();
            init(name.getText(), codes, true);
        }
    }

    /** The township gives a laptop other grids: its pinned scope, which its packages may not exceed. */
    private void choosePartnerScope() {
        PartnerInfo selected = partners.getSelectionModel().getSelectedItem();
        if (selected == null) {
            failed(new cn.gridledger.logic.UserFacingException(I18n.t("exchange.partnerScopeChoose")));
            return;
        }
        List<Grid> grids = services.township().grids();
        ListView<String> gridList = new ListView<>();
        gridList.setId("exchangePartnerGrids");
        gridList.getItems().setAll(grids.stream().map(g -> g.code() + " " + g.name()).toList());
        gridList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        List<String> now = List.of(selected.scope().split(cn.gridledger.logic.exchange.Manifest.SCOPE_SEPARATOR));
        for (int i = 0; i < grids.size(); i++) {
            if (now.contains(grids.get(i).code())) {
                gridList.getSelectionModel().select(i);
            }
        }
        gridList.setPrefHeight(160);
        Dialog<ButtonType> dialog = dialog(I18n.t("exchange.partnerScopeEdit"),
                I18n.t("exchange.partnerScopeHeader", selected.name(), selected.scope()));
        dialog.getDialogPane().setContent(gridList);
        dialog.getDialogPane().lookupButton(Dialogs.OK).disableProperty().bind(Bindings.createBooleanBinding(
                () -> gridList.getSelectionModel().getSelectedIndices().isEmpty(), gridList.getSelectionModel().getSelectedIndices()));
        if (dialog.showAndWait().filter(Dialogs.OK::equals).isPresent()) {
            partnerScope(selected.name(), gridList.getSelectionModel().getSelectedIndices().stream()
                    .map(i -> grids.get(i).code()).toList());
        }
    }

    /** Sets a partner's scope (the dialog's OK; a UI test may call it directly). */
    void partnerScope(String partner, List<String> gridCodes) {
        try {
            PartnerInfo p = services.exchange().setPartnerScope(partner, gridCodes);
            refresh();
            done(I18n.t("exchange.partnerScopeDone", p.name(), p.scope()));
        } catch (RuntimeException e) {
            refresh();
            failed(e);
        }
    }

    /** Sets the identity (the dialogs' OK; the UI test calls it directly). */
    void init(String name, List<String> gridCodes, boolean copy) {
        try {
            IdentityInfo i = services.exchange().init(name, gridCodes, copy);
            refresh();
            done(I18n.t(copy ? "exchange.initCopyDone" : "exchange.initDone", i.name(), i.scope()));
        } catch (RuntimeException e) {
            refresh();
            failed(e);
        }
    }

    private static Dialog<ButtonType> dialog(String title, String header) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title.replace("…", ""));
        dialog.setHeaderText(header);
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.OK, Dialogs.CANCEL);
        DialogFit.fit(dialog, 560);
        return dialog;
    }

    private static GridPane form() {
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        return form;
    }

    // ------------------------------------------------------------------------------------------ export

    private void chooseExport() {
        List<PartnerInfo> known = services.exchange().partners();
        if (known.isEmpty()) {
            failed(new UserFacingException(I18n.t("exchange.noPartnerToExport")));
            return;
        }
        ComboBox<String> partner = new ComboBox<>();
        partner.setId("exchangeExportPartner");
        partner.getItems().setAll(known.stream().map(PartnerInfo::name).toList());
        PartnerInfo selected = partners.getSelectionModel().getSelectedItem();
        partner.setValue(selected != null ? selected.name() : known.get(0).name());
        Dialog<ButtonType> dialog = dialog(I18n.t("exchange.export"), I18n.t("exchange.exportHeader"));
        GridPane form = form();
        form.addRow(0, new Label(I18n.t("exchange.exportTo")), partner);
        dialog.getDialogPane().setContent(form);
        dialog.setOnShown(e -> partner.requestFocus());
        if (dialog.showAndWait().filter(Dialogs.OK::equals).isEmpty() || partner.getValue() == null) {
            return;
        }
        String to = partner.getValue();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t("exchange.saveTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("exchange.fileType"), EXTENSION));
        try {
            chooser.setInitialFileName(services.exchange().defaultFileName(to));
        } catch (UserFacingException e) {
            failed(e);
            return;
        }
        File file = LastFolders.showSaveDialog(chooser, window(), "exchange");
        if (file != null) {
            export(to, file.toPath());
        }
    }

    private void chooseCountySnapshot() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t("exchange.countySnapshotTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("exchange.countySnapshotFileType"), EXTENSION));
        try {
            chooser.setInitialFileName(services.county().defaultFileName());
        } catch (UserFacingException e) {
            failed(e);
            return;
        }
        File file = LastFolders.showSaveDialog(chooser, window(), "exchange");
        if (file != null) {
            exportCountySnapshot(file.toPath());
        }
    }

    /** Writes the 县级汇总包 in the background (the UI test calls it without the file chooser). */
    void exportCountySnapshot(Path file) {
        background(p -> services.county().exportSnapshot(file), (CountyService.SnapshotResult r) -> {
            refresh();
            done(I18n.t("exchange.countySnapshotDone", r.township(), r.snapshotNo(), r.households(), r.members(), r.file()));
        });
    }

    /** Writes the package for {@code partner} in the background (the UI test calls it without the file chooser). */
    void export(String partner, Path file) {
        background(p -> services.exchange().export(partner, file), (ExportResult r) -> {
            refresh();
            done(I18n.t("exchange.exported", r.packageNo(), r.partner(), r.records(), r.countsLine(), r.file()));
        });
    }

    // ------------------------------------------------------------------------------------------ import

    private void chooseImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t("exchange.openTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("exchange.fileType"), EXTENSION));
        File file = LastFolders.showOpenDialog(chooser, window(), "exchange");
        if (file != null) {
            preview(file.toPath());
        }
    }

    /** Reads the package and shows its preview; 导入 there imports it (the UI test calls it without the chooser). */
    void preview(Path file) {
        background(p -> services.exchange().preview(file), (Preview preview) -> {
            done("");
            Optional<String> reason = askImport(preview);
            if (reason.isPresent()) {
                importPackage(file, reason.get().isBlank() ? null : reason.get());
            } else {
                done(I18n.t("exchange.notImported", preview.file()));
            }
        });
    }

    /** The preview dialog: the reason typed (blank when none is needed) when the user chose 导入, empty otherwise. */
    private Optional<String> askImport(Preview p) {
        ButtonType importType = new ButtonType(I18n.t("exchange.doImport"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(window());
        dialog.setTitle(I18n.t("exchange.previewTitle"));
        dialog.setHeaderText(I18n.t("exchange.previewHeader", p.sender(), p.senderScope(), p.packageNo()));
        dialog.getDialogPane().setId("exchangePreview");
        dialog.getDialogPane().getButtonTypes().setAll(importType, Dialogs.CANCEL);

        VBox content = new VBox(8);
        // a width of its own so the wrapped lines are measured as they show and the dialog is tall enough
        content.setPrefWidth(cn.gridledger.ui.common.WindowPlacement.scaledWidth(720));
        Label facts = new Label(I18n.t("exchange.previewFacts", p.file(), p.createdBy(),
                p.createdAt() == null ? "" : p.createdAt().replace('T', ' ')));
        facts.setWrapText(true);
        facts.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label counts = new Label(p.countsLine());
        counts.setId("exchangePreviewCounts");
        counts.getStyleClass().add("section-title");
        content.getChildren().addAll(facts, counts);
        if (!p.conflicts().isEmpty()) {
            TableView<cn.gridledger.logic.service.ExchangeService.ConflictLine> table = new TableView<>();
            table.setId("exchangePreviewConflicts");
            TableCopy.install(table);
            table.getColumns().add(BackupPane.column("exchange.conflictRecord", l -> l.record(), 240));
            table.getColumns().add(BackupPane.column("exchange.conflictField", l -> l.field(), 100));
            table.getColumns().add(BackupPane.column("exchange.conflictMine", l -> shown(l.mine()), 160));
            table.getColumns().add(BackupPane.column("exchange.conflictTheirs", l -> shown(l.theirs()), 160));
            if (p.conflicts().stream().anyMatch(l -> l.note() != null)) { // only a household rule gives one
                table.getColumns().add(BackupPane.column("exchange.conflictNote", l -> java.util.Objects.toString(l.note(), ""), 260));
            }
            table.getItems().setAll(p.conflicts());
            // room for the header and up to six rows at the chosen text size, scrolling beyond
            double em = cn.gridledger.ui.common.UiLook.size().pixels();
            table.setPrefHeight((Math.min(6, Math.max(2, p.conflicts().size())) + 1) * 2.4 * em + 8);
            table.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label note = new Label(I18n.t("exchange.previewConflicts", p.conflicts().size()));
            note.setWrapText(true);
            note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            content.getChildren().addAll(note, table);
        }
        if (!p.householdRules().isEmpty()) {
            content.getChildren().add(list("exchangePreviewRules", I18n.t("exchange.previewRules"), p.householdRules()));
        }
        if (!p.gridChanges().isEmpty()) {
            content.getChildren().add(list("exchangePreviewGrids", I18n.t("exchange.previewGrids"), p.gridChanges()));
        }
        if (!p.refusals().isEmpty()) {
            Label refused = list("exchangePreviewRefusals", I18n.t("exchange.previewRefusals"), p.refusals());
            refused.getStyleClass().add("field-error");
            content.getChildren().add(refused);
        }
        TextField reason = new TextField();
        reason.setId("exchangeLateReason");
        if (!p.lateEdits().isEmpty()) {
            content.getChildren().add(list("exchangePreviewLate", I18n.t("exchange.previewLate"), p.lateEdits()));
            reason.setPromptText(I18n.t("hh.lateEdit.prompt"));
            content.getChildren().addAll(new Label(I18n.t("hh.lateEdit.reason")), reason);
        }
        dialog.getDialogPane().setContent(content);
        Node ok = dialog.getDialogPane().lookupButton(importType);
        ok.setId("exchangeDoImport");
        if (!p.refusals().isEmpty()) {
            ok.setDisable(true);
        } else if (!p.lateEdits().isEmpty()) {
            ok.disableProperty().bind(reason.textProperty().map(String::isBlank));
        }
        dialog.setOnShown(e -> (p.lateEdits().isEmpty() ? ok : reason).requestFocus());
        DialogFit.fit(dialog, 0);
        previewDialog = dialog;
        try {
            return dialog.showAndWait().filter(importType::equals).map(b -> reason.getText().strip());
        } finally {
            previewDialog = null;
        }
    }

    private static Label list(String id, String title, List<String> lines) {
        Label l = new Label(title + "\n  " + String.join("\n  ", lines));
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private void importPackage(Path file, String reason) {
        background(p -> {
            try {
                return services.exchange().importPackage(file, reason);
            } catch (SubmittedQuarterException e) {
                return e; // asked on the FX thread, then imported again
            }
        }, (Object r) -> {
            if (r instanceof SubmittedQuarterException e) {
                Optional<String> asked = LateEditReasonDialog.ask(window(), e.facts());
                if (asked.isPresent()) {
                    importPackage(file, asked.get());
                } else {
                    done(I18n.t("exchange.notImported", file.getFileName()));
                }
                return;
            }
            ImportResult result = (ImportResult) r;
            refresh();
            Preview p = result.preview();
            done(I18n.t("exchange.imported", p.sender(), p.packageNo(), p.countsLine(), result.backup())
                    + (p.conflicts().isEmpty() ? "" : "\n" + I18n.t("exchange.importedConflicts", p.conflicts().size())));
        });
    }

    // ------------------------------------------------------------------------------------------ conflicts and undo

    private void resolveSelected(Keep keep) {
        List<ConflictInfo> chosen = List.copyOf(conflicts.getSelectionModel().getSelectedItems());
        if (chosen.isEmpty()) {
            failed(new UserFacingException(I18n.t("exchange.selectConflict")));
            return;
        }
        resolve(chosen, keep);
    }

    /** Resolves the given conflicts (the buttons; the UI test calls it with the table's rows). */
    void resolve(List<ConflictInfo> chosen, Keep keep) {
        try {
            for (ConflictInfo c : chosen) {
                services.exchange().resolve(c.id(), keep);
            }
            refresh();
            done(I18n.t(keep == Keep.MINE ? "exchange.resolvedMine" : "exchange.resolvedTheirs", chosen.size()));
        } catch (RuntimeException e) {
            refresh();
            failed(e);
        }
    }

    private void resolveAll(Keep keep) {
        int open = conflicts.getItems().size();
        if (open == 0) {
            done(I18n.t("exchange.noConflicts"));
            return;
        }
        if (!Dialogs.confirm(I18n.t(keep == Keep.MINE ? "exchange.allMine" : "exchange.allTheirs"),
                I18n.t(keep == Keep.MINE ? "exchange.allMineConfirm" : "exchange.allTheirsConfirm", open))) {
            return;
        }
        try {
            int n = services.exchange().resolveAll(keep);
            refresh();
            done(I18n.t(keep == Keep.MINE ? "exchange.resolvedMine" : "exchange.resolvedTheirs", n));
        } catch (RuntimeException e) {
            refresh();
            failed(e);
        }
    }

    private void undo() {
        if (Dialogs.confirm(I18n.t("exchange.undo"), I18n.t("exchange.undoConfirm"))) {
            undoConfirmed();
        }
    }

    /** Undoes the last import without asking (the UI test calls it after the confirmation). */
    void undoConfirmed() {
        background(p -> {
            services.exchange().undoLastImport();
            return Boolean.TRUE;
        }, ok -> {
            refresh();
            done(I18n.t("exchange.undone"));
        });
    }

    /** The pane's node; it carries the pane as its user data (the UI test drives the pane through it). */
    Node view() {
        box.setId("exchangePane");
        box.setUserData(this);
        return box;
    }
}
