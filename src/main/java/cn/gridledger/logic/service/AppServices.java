package cn.gridledger.logic.service;

import java.nio.file.Path;

import cn.gridledger.logic.store.Database;

/**
 * Everything the window and the command line may call, built on one open database.
 * UI and CLI code depend on this and the service classes, never on {@code logic.store}.
 */
public final class AppServices implements AutoCloseable {

    private final Database database;
    private final TownshipService township;
    private final MaintenanceService maintenance;
    private final DemoService demo;
    private final OverviewService overview;
    private final ImportService importer;

    private AppServices(Database database) {
        this.database = database;
        this.township = new TownshipService(database);
        this.maintenance = new MaintenanceService(database);
        this.demo = new DemoService(database);
        this.overview = new OverviewService(database);
        this.importer = new ImportService(database);
    }

    /** Opens (creating and migrating when needed) the database at {@code file}. */
    public static AppServices open(Path file) {
        return new AppServices(Database.open(file));
    }

    public Path databaseFile() {
        return database.file();
    }

    public TownshipService township() {
        return township;
    }

    public MaintenanceService maintenance() {
        return maintenance;
    }

    public DemoService demo() {
        return demo;
    }

    public OverviewService overview() {
        return overview;
    }

    public ImportService importer() {
        return importer;
    }

    @Override
    public void close() {
        database.close();
    }
}
