package cn.gridledger.logic.exchange;

import static cn.gridledger.logic.exchange.TwoLaptops.LAPTOP;
import static cn.gridledger.logic.exchange.TwoLaptops.TOWNSHIP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.ExchangeService.PartnerInfo;

/**
 * #16: a laptop's scope is pinned at the township on first contact; a later package naming more grids is refused
 * with what to do, until the township widens it.
 */
class ExchangeScopeTest {

    @TempDir
    Path dir;

    @Test
    void aPackageNamingMoreGridsThanPinnedIsRefusedUntilTheTownshipWidensTheScope() throws Exception {
        try (TwoLaptops t = new TwoLaptops(dir)) {
            String g1 = t.grids.get(0).code();
            String g2 = t.grids.get(1).code();
            assertEquals(g1, laptop(t).scope());
            // the laptop's manifest names another grid too (as a laptop that wrote itself more grids would)
            t.b.close();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + t.bFile); Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE exchange_identity SET scope = '" + g1 + "," + g2 + "'");
            }
            t.b = AppServices.open(t.bFile);
            Path wider = t.b.exchange().export(TOWNSHIP, t.file("b")).file();

            UserFacingException e = assertThrows(UserFacingException.class, () -> t.a.exchange().importPackage(wider));
            assertTrue(e.getMessage().contains("超出了首次交换时登记的范围（" + g1 + "）") && e.getMessage().contains(g2 + " 不在其中"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("gridledger exchange partner --name " + LAPTOP + " --grids " + g1 + "," + g2),
                    e.getMessage());
            assertEquals(1, laptop(t).lastReceived(), "nothing written");
            assertEquals(g1, laptop(t).scope());

            assertEquals(g1 + "、" + g2, t.a.exchange().setPartnerScope(LAPTOP, List.of(g1, g2)).scope());
            t.a.exchange().importPackage(wider);
            assertEquals(2, laptop(t).lastReceived());

            // a package naming fewer grids is fine, and leaves the pin as it is
            t.b.close();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + t.bFile); Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE exchange_identity SET scope = '" + g1 + "'");
            }
            t.b = AppServices.open(t.bFile);
            t.laptopToTownship();
            assertEquals(g1 + "、" + g2, laptop(t).scope());

            UserFacingException township = assertThrows(UserFacingException.class,
                    () -> t.b.exchange().setPartnerScope(TOWNSHIP, List.of(g1)));
            assertTrue(township.getMessage().contains("全镇"), township.getMessage());
        }
    }

    private static PartnerInfo laptop(TwoLaptops t) {
        return t.a.exchange().partners().stream().filter(p -> p.name().equals(LAPTOP)).findFirst().orElseThrow();
    }
}
