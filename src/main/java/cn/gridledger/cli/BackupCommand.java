package cn.gridledger.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "backup", description = "把正在使用的数据库一致地复制一份")
final class BackupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", description = "备份文件（默认放在备份文件夹中）")
    Path out;

    @Override
    public Integer call() {
        return NotYetAvailable.say(spec, "备份");
    }
}
