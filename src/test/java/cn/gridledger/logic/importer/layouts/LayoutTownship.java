package cn.gridledger.logic.importer.layouts;

import cn.gridledger.logic.service.AppServices;
import cn.gridledger.model.Township;
import cn.gridledger.model.Village;
import java.nio.file.Path;
import java.util.List;

/** The township every layout belongs to: 东辽县 安恕镇 and its villages, set up through the public service. */
final class LayoutTownship {

    static final String COUNTY = "220422";
    static final String TOWNSHIP = "220422103";
    static final String 安恕村 = "220422103201";
    static final String 王家村 = "220422103202";
    static final String 福安屯村 = "220422103203";
    static final String 东升社区 = "220422103204";
    static final String 三合村 = "220422103205";

    static final List<Village> VILLAGES = List.of(new Village(0, 安恕村, "安恕村", "村"), new Village(0, 王家村, "王家村", "村"),
            new Village(0, 福安屯村, "福安屯村", "村"), new Village(0, 东升社区, "东升社区", "社区"),
            new Village(0, 三合村, "三合村", "村"));

    private LayoutTownship() {
    }

    /** Opens a fresh database at {@code file} with the township set up (the session is the command line's). */
    static AppServices open(Path file) {
        AppServices app = AppServices.open(file);
        app.township().setUp(new Township(TOWNSHIP, "安恕镇", COUNTY, "东辽县"), VILLAGES);
        return app;
    }

    /** Creates the database and closes it again, for the command line. */
    static Path create(Path file) {
        try (AppServices app = open(file)) {
            return file;
        }
    }
}
