package cn.gridledger.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "restore", description = "校验备份文件，保留当前数据库副本后用备份替换")
final class RestoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "备份文件")
    Path file;

    @Override
    public Integer call() {
        return NotYetAvailable.say(spec, "恢复");
    }
}
