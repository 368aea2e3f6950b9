package cn.gridledger.sampledata;

import cn.gridledger.logic.store.Database;
import cn.gridledger.logic.store.Queries;
import cn.gridledger.logic.store.TownshipRepository;
import cn.gridledger.model.Grid;
import cn.gridledger.model.Township;
import cn.gridledger.model.Village;
import java.nio.file.Path;

/** The township the sample rosters belong to: 安恕镇 with three villages, two grids and one old grid code. */
public final class SampleTownship {

    private SampleTownship() {
    }

    /** Creates (and closes) the database at {@code file} with the sample township. */
    public static Path create(Path file) {
        try (Database db = Database.open(file)) {
            TownshipRepository repo = new TownshipRepository();
            db.writeVoid(c -> {
                repo.saveTownship(c, new Township(SampleRosters.TOWNSHIP_CODE, "安恕镇", "130102", "示例县"));
                for (String[] v : SampleRosters.VILLAGES) {
                    repo.insertVillage(c, new Village(0, v[0], v[1], "村"));
                }
                for (String[] g : SampleRosters.GRIDS) {
                    long villageId = repo.villageByCode(c, g[2]).id();
                    Grid grid = repo.insertGrid(c, new Grid(0, g[0], g[1], "基础网格", villageId, null));
                    if (g[0].equals("130102100201001")) {
                        Queries.update(c, "INSERT INTO grid_code_history (grid_id, old_code, changed_at) VALUES (?, ?, '2025-01-01')",
                                grid.id(), SampleRosters.OLD_GRID_CODE);
                    }
                }
            });
        }
        return file;
    }
}
