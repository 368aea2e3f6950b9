package cn.gridledger.cli;

import picocli.CommandLine.Model.CommandSpec;

/** Commands whose issue has not landed yet answer this way (exit status 2), as cli.md allows. */
final class NotYetAvailable {

    private NotYetAvailable() {
    }

    static int say(CommandSpec spec, String what) {
        spec.commandLine().getErr().println(what + "功能尚未提供（将在后续版本中加入）。");
        return Cli.USAGE;
    }
}
