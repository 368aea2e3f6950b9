package cn.gridledger.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;

import cn.gridledger.logic.service.AppServices;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A subcommand of a command group ({@code exchange …}, {@code county …}): the root's options and the output streams.
 * Its group is a {@link CommandGroup}.
 */
abstract class GroupSubcommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    CommandGroup group;

    /** The {@code gridledger} command above the group (its --db and --json). */
    GridLedgerCommand root() {
        return group.root;
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    AppServices open() {
        return root().openServices();
    }

    void json(Map<String, ?> m) {
        if (root().json) {
            JsonOut.print(spec.commandLine().getOut(), m);
        }
    }
}
