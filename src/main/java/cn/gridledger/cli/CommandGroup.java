package cn.gridledger.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A command that only groups subcommands ({@code exchange …}, {@code county …}): alone, it prints its usage. */
abstract class CommandGroup implements Runnable {

    @Spec
    CommandSpec spec;

    @ParentCommand
    GridLedgerCommand root;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
