package cn.gridledger.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.prefs.Preferences;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

/** 打开文件 beside 打开所在文件夹 after an export, and the folders remembered across runs. */
@ExtendWith(ApplicationExtension.class)
class FoldersUiTest {

    @TempDir
    Path dir;

    private Stage stage;
    private final List<Path> opened = new ArrayList<>();
    private Consumer<Path> systemOpener;
    private Preferences systemNode;
    private Preferences testNode;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void recordOpens() {
        systemOpener = Folders.opener;
        Folders.opener = opened::add;
        systemNode = LastFolders.node;
        testNode = Preferences.userRoot().node("/cn/gridledger/test-folders-" + System.nanoTime());
        LastFolders.node = testNode;
    }

    @AfterEach
    void restore() throws Exception {
        Folders.opener = systemOpener;
        LastFolders.node = systemNode;
        testNode.removeNode();
    }

    @Test
    void theDoneDialogOpensTheFileOrItsFolder(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve("安恕镇_农户信息台账.xlsx"), "x");
        for (String choice : new String[] {"打开文件", "打开所在文件夹", "关闭"}) {
            Platform.runLater(() -> Folders.offerOpen("农户信息台账已导出", "共 2 名成员", file));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
            DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
            assertEquals(List.of("打开文件", "打开所在文件夹", "关闭"),
                    pane.getButtonTypes().stream().map(ButtonType::getText).toList());
            ButtonType type = pane.getButtonTypes().stream().filter(t -> t.getText().equals(choice)).findFirst()
                    .orElseThrow();
            robot.interact(((Button) pane.lookupButton(type))::fire);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(List.of(file, dir), opened, "打开文件 opened the file, 打开所在文件夹 its folder, 关闭 nothing");
    }

    @Test
    void theOpenFileButtonStandsBeforeTheFolderButtonAndOpensTheOneFile(FxRobot robot) throws Exception {
        Button openFolder = new Button("打开所在文件夹");
        Button[] openFile = new Button[1];
        robot.interact(() -> {
            openFile[0] = Folders.addOpenFile(openFolder);
            stage.setScene(new Scene(new HBox(8, new Button("导出到文件夹…"), openFolder), 500, 100));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        HBox box = (HBox) openFolder.getParent();
        assertEquals(1, box.getChildren().indexOf(openFile[0]), "just before 打开所在文件夹");
        assertEquals("打开文件", openFile[0].getText());
        assertTrue(openFile[0].isDisabled(), "nothing exported yet");

        Path one = dir.resolve("一张.xlsx");
        robot.interact(() -> Folders.exported(openFolder, List.of(one)));
        assertFalse(openFile[0].isDisabled());
        robot.interact(openFile[0]::fire);
        assertEquals(List.of(one), opened);

        robot.interact(() -> Folders.exported(openFolder, List.of(one, dir.resolve("两张.xlsx"))));
        assertTrue(openFile[0].isDisabled(), "several files: the folder is the thing to open");
    }

    @Test
    void aChosenFolderIsRememberedForTheNextRunWhileItExists() throws Exception {
        Path exports = Files.createDirectories(dir.resolve("报表"));
        assertTrue(LastFolders.get("export").isEmpty());
        LastFolders.put("export", exports);
        testNode.sync();
        // a later run reads the same preferences afresh
        Preferences again = Preferences.userRoot().node(testNode.absolutePath());
        assertEquals(exports.toString(), again.get("export", null));
        assertEquals(exports, LastFolders.get("export").orElseThrow());
        assertTrue(LastFolders.get("import").isEmpty(), "each purpose has its own folder");

        Files.delete(exports); // the USB stick was taken out
        assertTrue(LastFolders.get("export").isEmpty());
    }
}
