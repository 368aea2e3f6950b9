package cn.gridledger.ui;

import javafx.application.Application;

/** Starts the JavaFX application (kept apart from Main so the command line never loads JavaFX). */
public final class AppLauncher {

    private AppLauncher() {
    }

    public static void launch(String[] args) {
        Application.launch(GridLedgerApp.class, args);
    }
}
