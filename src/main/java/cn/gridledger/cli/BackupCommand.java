package cn.gridledger.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import cn.gridledger.logic.io.BackupFile;
import cn.gridledger.logic.service.AppServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "backup", description = "把正在使用的数据库一致地复制一份（SQLite 在线备份，不是复制文件）")
final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    GridLedgerCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", description = "备份文件（默认放在备份文件夹中，并按规则轮换旧备份）")
    Path out;

    @Override
    public Integer call() throws Exception {
        try (AppServices app = root.openServices()) {
            Path written;
            if (out != null) {
                app.backup().backupTo(out);
                written = out.toAbsolutePath().normalize();
            } else {
                BackupFile made = app.backup().backupNow();
                written = made.path();
            }
            long bytes = Files.size(written);
            spec.commandLine().getErr().printf("已备份到：%s（%,d 字节）%n", written, bytes);
            if (root.json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", written.toString());
                m.put("bytes", bytes);
                JsonOut.print(spec.commandLine().getOut(), m);
            }
            return Cli.OK;
        }
    }
}
