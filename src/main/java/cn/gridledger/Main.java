package cn.gridledger;

import java.util.Optional;

import cn.gridledger.cli.Cli;

/**
 * Entry point. With no arguments, or only {@code --db FILE}, it opens the window; with a command it runs
 * headless and never loads JavaFX (so scripts and CI work without a display).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            cn.gridledger.ui.AppLauncher.launch(args);
            return;
        }
        Optional<String> db = windowDatabase(args);
        if (db.isPresent()) {
            // the window reads it where it reads -Dgridledger.db
            System.setProperty("gridledger.db", db.get());
            cn.gridledger.ui.AppLauncher.launch(new String[0]);
            return;
        }
        System.exit(Cli.run(args));
    }

    /** The database of {@code gridledger --db FILE} (or {@code --db=FILE}) with no command: the window on it. */
    static Optional<String> windowDatabase(String[] args) {
        if (args.length == 2 && args[0].equals("--db") && !args[1].isBlank() && !args[1].startsWith("-")) {
            return Optional.of(args[1]);
        }
        if (args.length == 1 && args[0].startsWith("--db=") && args[0].length() > "--db=".length()) {
            return Optional.of(args[0].substring("--db=".length()));
        }
        return Optional.empty();
    }
}
