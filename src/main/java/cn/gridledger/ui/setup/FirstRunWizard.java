package cn.gridledger.ui.setup;

import cn.gridledger.logic.service.AppServices;
import cn.gridledger.ui.I18n;
import cn.gridledger.ui.common.BackgroundTask;
import cn.gridledger.ui.common.Dialogs;
import cn.gridledger.ui.common.StartupClock;
import cn.gridledger.ui.common.WindowPlacement;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** First start: set up the township and its villages, or load the demo township. */
public final class FirstRunWizard {

    static final int DEMO_HOUSEHOLDS = 2000;

    private final FirstRunViewModel model;
    private final Runnable onDone;

    public FirstRunWizard(AppServices services, Runnable onDone) {
        this.model = new FirstRunViewModel(services);
        this.onDone = onDone;
    }

    public void show(Stage stage) {
        Label title = new Label(I18n.t("wizard.title"));
        title.getStyleClass().add("page-title");
        Label intro = new Label(I18n.t("wizard.intro"));
        intro.setWrapText(true);

        VBox others = new VBox(16, demoChoice(), countyChoice());
        HBox choices = new HBox(16, createForm(), others);
        HBox.setHgrow(choices.getChildren().get(0), Priority.ALWAYS);
        VBox root = new VBox(16, title, intro, choices);
        root.setPadding(new Insets(24));

        Scene scene = new Scene(WindowPlacement.scrolling(root));
        scene.getStylesheets().add(FirstRunWizard.class.getResource("/cn/gridledger/ui/gridledger.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(I18n.t("app.title"));
        WindowPlacement.fitContent(stage, 1000, 620);
        stage.show();
        StartupClock.firstWindowShown(stage);
    }

    private VBox createForm() {
        Label heading = new Label(I18n.t("wizard.createTitle"));
        heading.getStyleClass().add("tile-value");
        heading.getStyleClass().add("section-title");
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        addField(form, 0, "wizard.countyCode", "countyCode", model.countyCode);
        addField(form, 1, "wizard.countyName", "countyName", model.countyName);
        addField(form, 2, "wizard.townshipCode", "townshipCode", model.townshipCode);
        addField(form, 3, "wizard.townshipName", "townshipName", model.townshipName);
        Label villagesLabel = new Label(I18n.t("wizard.villages"));
        TextArea villages = new TextArea();
        villages.setId("villages");
        villages.setPromptText(I18n.t("wizard.villagesPrompt"));
        villages.setPrefRowCount(6);
        villages.textProperty().bindBidirectional(model.villages);
        Button create = new Button(I18n.t("wizard.create"));
        create.setId("create");
        create.setDefaultButton(true);
        create.setOnAction(e -> {
            try {
                model.create();
                onDone.run();
            } catch (RuntimeException ex) {
                Dialogs.failure(ex);
            }
        });
        VBox box = new VBox(10, heading, form, villagesLabel, villages, create);
        box.getStyleClass().add("wizard-choice");
        return box;
    }

    private static void addField(GridPane form, int row, String labelKey, String id,
            javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        field.setPrefColumnCount(18);
        form.addRow(row, new Label(I18n.t(labelKey)), field);
    }

    /** A county office's installation (#16 县级汇总): no township, the townships' 县级汇总包 instead. */
    private VBox countyChoice() {
        Label heading = new Label(I18n.t("wizard.countyTitle"));
        heading.getStyleClass().add("section-title");
        Label text = new Label(I18n.t("wizard.countyText"));
        text.setWrapText(true);
        TextField name = new TextField();
        name.setId("countyName2");
        name.setPromptText(I18n.t("wizard.countyName2"));
        Button county = new Button(I18n.t("wizard.county"));
        county.setId("setUpCounty");
        county.setOnAction(e -> {
            try {
                model.services().county().init(name.getText());
                onDone.run();
            } catch (RuntimeException ex) {
                Dialogs.failure(ex);
            }
        });
        VBox box = new VBox(10, heading, text, new Label(I18n.t("wizard.countyName2")), name, county);
        box.getStyleClass().add("wizard-choice");
        box.setPrefWidth(WindowPlacement.scaledWidth(340));
        return box;
    }

    private VBox demoChoice() {
        Label heading = new Label(I18n.t("wizard.demoTitle"));
        heading.getStyleClass().add("section-title");
        Label text = new Label(I18n.t("wizard.demoText"));
        text.setWrapText(true);
        ProgressBar bar = new ProgressBar(0);
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setVisible(false);
        Label status = new Label();
        Button demo = new Button(I18n.t("wizard.demo"));
        demo.setId("loadDemo");
        demo.setOnAction(e -> {
            demo.setDisable(true);
            bar.setVisible(true);
            status.setText(I18n.t("wizard.demoRunning"));
            BackgroundTask.run(progress -> model.services().demo().generate(DEMO_HOUSEHOLDS, 1, progress),
                    bar, summary -> onDone.run(), failure -> {
                        demo.setDisable(false);
                        bar.setVisible(false);
                        status.setText("");
                        Dialogs.failure(failure);
                    });
        });
        VBox box = new VBox(10, heading, text, demo, bar, status);
        box.getStyleClass().add("wizard-choice");
        box.setPrefWidth(WindowPlacement.scaledWidth(340));
        return box;
    }
}
