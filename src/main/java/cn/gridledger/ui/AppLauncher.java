package cn.gridledger.ui;

import javafx.application.Application;

/** Starts the JavaFX application (kept apart from Main so the command line never loads JavaFX). */
public final class AppLauncher {

    private AppLauncher() {
    }

    public static void launch(String[] args) {
        // JavaFX's own texts (context menus, colour/date pickers) follow the default locale
        java.util.Locale.setDefault(I18n.LOCALE);
        Application.launch(GridLedgerApp.class, args);
    }
}
