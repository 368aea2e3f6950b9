package cn.gridledger.logic.importer.layouts;

import cn.gridledger.logic.importer.header.RosterKind;
import java.nio.file.Path;

/** A layout as a value: its description and the generator method that writes it. */
record Layout(String id, String description, String shapeSource, RosterKind kind, Generator generator)
        implements RosterLayout {

    @FunctionalInterface
    interface Generator {
        LayoutTruth write(Path dir) throws Exception;
    }

    static Layout cadres(String id, String description, String shapeSource, Generator g) {
        return new Layout(id, description, shapeSource, RosterKind.CADRE, g);
    }

    static Layout households(String id, String description, String shapeSource, Generator g) {
        return new Layout(id, description, shapeSource, RosterKind.HOUSEHOLD, g);
    }

    @Override
    public LayoutTruth write(Path dir) throws Exception {
        return generator.write(dir);
    }

    @Override
    public String toString() {
        return id;
    }
}
