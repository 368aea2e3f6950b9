package cn.gridledger.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import cn.gridledger.logic.report.ReportKind;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.ReportService.ExportScope;
import cn.gridledger.logic.service.ReportService.ExportSummary;
import cn.gridledger.logic.service.ReportService.ExportedFile;
import cn.gridledger.model.Quarter;
import cn.gridledger.model.QuarterSubmission;
import cn.gridledger.ui.I18n;
import cn.gridledger.ui.common.BackgroundTask;
import cn.gridledger.ui.common.Dialogs;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * 报送 on the export page (#15): after an export of quarterly reports an administrator marks those files as
 * handed to the county (after a confirmation naming the quarter, the files and their SHA-256); the line
 * below says whether the chosen quarter and scope were submitted, when and by whom.
 */
final class SubmitBar {

    private final AppServices services;
    private final Supplier<Quarter> quarter;
    private final Supplier<ExportScope> scope;
    private final Runnable onSubmitted;
    private final Button button = new Button(I18n.t("export.submit"));
    private final Label state = new Label();
    private final VBox view = new VBox(6, button, state);
    private Quarter exportedQuarter;
    private List<Path> exportedFiles = List.of();

    /** {@code onSubmitted}: redraw what shows the quarter (the preview now shows the submitted version). */
    SubmitBar(AppServices services, Supplier<Quarter> quarter, Supplier<ExportScope> scope, Runnable onSubmitted) {
        this.services = services;
        this.onSubmitted = onSubmitted;
        this.quarter = quarter;
        this.scope = scope;
        button.setId("export-submit");
        button.setTooltip(new Tooltip(I18n.t("export.submit.tip")));
        button.setDisable(true);
        // the township's staff submit (管理员); others see the state line only
        button.setVisible(services.session().isAdmin());
        button.managedProperty().bind(button.visibleProperty());
        button.setOnAction(e -> askAndSubmit());
        state.setId("export-submitted");
        state.setWrapText(true);
    }

    VBox view() {
        return view;
    }

    /** After an export: the files of quarterly reports only (rosters are not submitted) become submittable. */
    void exported(Quarter q, ExportScope exportedScope, ExportSummary summary) {
        exportedQuarter = q;
        boolean gridScope = exportedScope != null && exportedScope.gridId() != null;
        exportedFiles = gridScope ? List.of() : summary.files().stream()
                .filter(f -> f.kinds().stream().allMatch(ReportKind::quarterly)).map(ExportedFile::file).toList();
        button.setDisable(exportedFiles.isEmpty());
    }

    /** Redraws the state line for the chosen quarter and scope. */
    void refresh() {
        Quarter q = quarter.get();
        ExportScope s = scope.get();
        if (q == null) {
            state.setText("");
            return;
        }
        String village = s == null ? null : s.villageCode();
        BackgroundTask.run(p -> services.submissions().submissions(q).stream()
                .filter(x -> java.util.Objects.equals(x.villageCode(), village)).toList(), null, list -> {
                    if (list.isEmpty()) {
                        state.setText(I18n.t("export.notSubmitted"));
                        return;
                    }
                    QuarterSubmission first = list.get(0);
                    state.setText(I18n.t("export.submitted", first.submittedOn(), first.submittedBy(),
                            String.join(I18n.t("ui.sep.list"), list.stream().map(x -> ReportKind.byCode(x.reportKind())
                                    .map(ReportKind::title).orElse(x.reportKind())).toList())));
                }, Dialogs::failure);
    }

    private void askAndSubmit() {
        if (exportedFiles.isEmpty()) {
            Dialogs.info(I18n.t("export.submit.header", exportedQuarter.label()), I18n.t("export.submit.none"));
            return;
        }
        StringBuilder files = new StringBuilder();
        for (Path f : exportedFiles) {
            files.append(I18n.t("export.submit.file", f.getFileName(), services.submissions().fingerprint(f).substring(0, 12)))
                    .append('\n');
        }
        if (Dialogs.confirm(I18n.t("export.submit.header", exportedQuarter.label()),
                I18n.t("export.submit.confirm", exportedQuarter.label(), files.toString().strip()))) {
            submit();
        }
    }

    /** Submits the last export's quarterly files (the confirmed step; also the UI test's entry point). */
    void submit() {
        Quarter q = exportedQuarter;
        List<Path> files = exportedFiles;
        button.setDisable(true);
        BackgroundTask.run(p -> services.submissions().submit(q, files), null, done -> {
            exportedFiles = List.of();
            state.setText(I18n.t("export.submit.done", done.size()));
            refresh();
            onSubmitted.run();
        }, e -> {
            button.setDisable(false);
            Dialogs.failure(e);
        });
    }
}
