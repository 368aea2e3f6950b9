package cn.gridledger.logic.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.model.Township;
import cn.gridledger.model.Village;

class TownshipServiceTest {

    @TempDir
    Path dir;

    private static final Township ANSHU = new Township("130102100", "安恕镇", "130102", "示例县");

    @Test
    void setUpStoresTheTownshipAndVillages() {
        try (AppServices app = AppServices.open(dir.resolve("t.db"))) {
            assertFalse(app.township().isSetUp());
            app.township().setUp(ANSHU, List.of(new Village(0, "130102100201", "安恕村", "村")));
            assertTrue(app.township().isSetUp());
            assertEquals("安恕镇", app.township().township().orElseThrow().name());
            assertEquals("130102100201", app.township().villages().get(0).code());
        }
    }

    @Test
    void aVillageOutsideTheTownshipIsRefusedAndNothingIsSaved() {
        try (AppServices app = AppServices.open(dir.resolve("t.db"))) {
            UserFacingException e = assertThrows(UserFacingException.class, () -> app.township().setUp(ANSHU,
                    List.of(new Village(0, "130102100201", "安恕村", "村"), new Village(0, "130102101201", "外村", "村"))));
            assertTrue(e.getMessage().contains("外村"), e.getMessage());
            assertFalse(app.township().isSetUp());
        }
    }

    @Test
    void malformedCodesGetAChineseReason() {
        try (AppServices app = AppServices.open(dir.resolve("t.db"))) {
            UserFacingException e = assertThrows(UserFacingException.class, () -> app.township().setUp(
                    new Township("13010210", "安恕镇", "130102", "示例县"), List.of()));
            assertTrue(e.getMessage().contains("乡镇代码"), e.getMessage());
            assertThrows(UserFacingException.class, () -> app.township().setUp(
                    new Township("999102100", "安恕镇", "999102", "示例县"), List.of()));
        }
    }

    @Test
    void setUpCannotRunTwice() {
        try (AppServices app = AppServices.open(dir.resolve("t.db"))) {
            app.township().setUp(ANSHU, List.of(new Village(0, "130102100201", "安恕村", "村")));
            assertThrows(UserFacingException.class, () -> app.township().setUp(ANSHU, List.of()));
        }
    }
}
