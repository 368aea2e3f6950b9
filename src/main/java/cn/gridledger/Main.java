package cn.gridledger;

import cn.gridledger.cli.Cli;

/**
 * Entry point. With no arguments it opens the window; with a command it runs headless and never loads
 * JavaFX (so scripts and CI work without a display).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            cn.gridledger.ui.AppLauncher.launch(args);
            return;
        }
        System.exit(Cli.run(args));
    }
}
