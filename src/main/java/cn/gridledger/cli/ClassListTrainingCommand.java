package cn.gridledger.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import cn.gridledger.logic.importer.SyntheticCadreRoster;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.model.Quarter;
import cn.gridledger.model.Village;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Not for users (hidden): the commands a user runs most, on a small made-up township in {@code DIR}, in one
 * process, so that {@code -XX:DumpLoadedClassList} lists the classes they load. The class-data-sharing
 * archive of the installed launcher is made from that list (installer/build.sh), and so is the one bench's
 * whole-process figures are measured with ({@link ClassDataSharing}); a program started with it maps those
 * classes instead of reading, verifying and linking them from the jar (docs/decisions/import-speed.md).
 */
@Command(name = "class-list-training", hidden = true, description = "（内部使用）为类数据共享归档运行常用命令")
final class ClassListTrainingCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "放临时数据库和文件的空文件夹")
    Path dir;

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(dir);
        String db = "--db=" + dir.resolve("training.db");
        int status = Cli.run(db, "demo", "--households", "300");
        if (status != Cli.OK) {
            return status;
        }
        Path roster = dir.resolve("training-cadres.xlsx");
        List<String> villages;
        try (AppServices app = AppServices.open(dir.resolve("training.db"))) {
            villages = app.township().villages().stream().map(Village::name).toList();
        }
        SyntheticCadreRoster.write(roster, 500, villages);
        int[] statuses = {
            Cli.run(db, "import", "cadres", roster.toString()),
            Cli.run(db, "import", "cadres", "--dry-run", roster.toString()),
            Cli.run(db, "export", "all", "--quarter", Quarter.current().code(), "--out", dir.resolve("out").toString()),
            Cli.run(db, "check"),
        };
        for (int s : statuses) {
            if (s != Cli.OK) {
                return s;
            }
        }
        return Cli.OK;
    }
}
