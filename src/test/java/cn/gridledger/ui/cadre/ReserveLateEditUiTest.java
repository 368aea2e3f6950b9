package cn.gridledger.ui.cadre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.report.Footer;
import cn.gridledger.logic.report.ReportKind;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.CadreService;
import cn.gridledger.logic.service.CadreService.VillageRef;
import cn.gridledger.logic.service.ReportService;
import cn.gridledger.logic.store.ReportFixture;
import cn.gridledger.model.LateEdit;
import cn.gridledger.model.Quarter;
import cn.gridledger.ui.common.Dialogs;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * 加入后备力量 with an entry month inside a submitted quarter (报送, #15): the reason is asked; going back
 * keeps the dialog open and says nothing was saved; with a reason the entry is saved and kept as a late edit.
 */
@ExtendWith(ApplicationExtension.class)
class ReserveLateEditUiTest {

    @TempDir
    static Path dir;

    private AppServices services;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path db = dir.resolve("reserve-" + System.nanoTime() + ".db");
        ReportFixture.create(db);
        services = AppServices.open(db);
        Quarter q3 = new Quarter(2026, 3);
        Path out = Files.createDirectories(dir.resolve("q3-" + System.nanoTime()));
        services.submissions().submit(q3, services.reports().export(List.of(ReportKind.GRID_SUMMARY),
                new ReportService.Request(q3, null, Footer.empty()), out, false, Progress.NONE).files().stream()
                .map(ReportService.ExportedFile::file).toList());
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private boolean inRegister(long villageId, String name) {
        return services.cadres().reserves(villageId, LocalDate.now()).stream().anyMatch(r -> r.name().equals(name));
    }

    @Test
    void anEntryMonthInsideASubmittedQuarterAsksTheReason(FxRobot robot) throws Exception {
        VillageRef v1 = services.cadres().villages().get(0);
        long chen = services.cadres().cadres(new CadreService.CadreFilter(null, null, CadreService.Status.全部, "陈书记"),
                LocalDate.now()).get(0).personId();
        String idNumber = services.cadres().detail(chen).person().idNumber();
        ReserveDialog[] d = new ReserveDialog[1];
        robot.interact(() -> {
            d[0] = new ReserveDialog(services, services.cadres().villages(), v1, stage);
            d[0].dialog.show();
            d[0].idNumber.setText(idNumber);
            d[0].entry.setText("2026.09");
        });
        Button save = (Button) d[0].dialog.getDialogPane().lookup("#reserveSave");

        // the reason dialog waits for the user: press 保存 from the event queue, not inside interact
        Platform.runLater(save::fire);
        DialogPane asked = reasonDialog();
        String facts = ((Label) asked.lookup("#late-edit-facts")).getText();
        assertTrue(facts.contains("陈书记 后备力量 入库 2026.09.01（2026年第3季度）"), facts);
        screenshot(asked.getScene(), "reserve-late-edit-reason");
        robot.interact(() -> ((Button) asked.lookupButton(Dialogs.CANCEL)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(d[0].dialog.isShowing(), "going back keeps the form open");
        assertEquals("涉及已报送季度的修改需要填写原因，本次没有保存。", d[0].problem.getText());
        assertFalse(inRegister(v1.id(), "陈书记"));

        Platform.runLater(save::fire);
        DialogPane again = reasonDialog();
        robot.interact(() -> {
            ((TextField) again.lookup("#late-edit-reason")).setText("换届后补录");
            ((Button) again.lookupButton(Dialogs.OK)).fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(d[0].dialog.isShowing(), d[0].problem.getText());
        assertTrue(inRegister(v1.id(), "陈书记"));
        assertEquals(List.of("陈书记 后备力量 入库"), services.submissions().lateEdits().stream().map(LateEdit::what).toList());
        assertEquals(List.of("换届后补录"), services.submissions().lateEdits().stream().map(LateEdit::reason).toList());
    }

    /** The late-edit reason dialog once it is showing (up to 5 s). */
    private static DialogPane reasonDialog() throws Exception {
        DialogPane[] found = new DialogPane[1];
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
            found[0] = Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null
                    && w.getScene().getRoot().lookup("#late-edit-reason") != null)
                    .map(w -> (DialogPane) w.getScene().getRoot()).findFirst().orElse(null);
            return found[0] != null;
        });
        return found[0];
    }

    /** A PNG of the scene when {@code -Dscreenshots=DIR} is given, as the household UI tests take them. */
    private static void screenshot(Scene scene, String name) throws Exception {
        String folder = System.getProperty("screenshots");
        if (folder == null || folder.isBlank()) {
            return;
        }
        Files.createDirectories(Path.of(folder));
        var image = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> scene.snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", Path.of(folder, name + ".png").toFile());
    }
}
