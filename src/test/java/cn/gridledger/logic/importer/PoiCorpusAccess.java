package cn.gridledger.logic.importer;

import java.nio.file.Path;
import java.util.stream.Stream;

/** The POI corpus location for tests in other packages. */
public final class PoiCorpusAccess {

    private PoiCorpusAccess() {
    }

    public static Path dir() {
        return PoiCorpusTest.corpus();
    }

    public static Stream<String> files() throws java.io.IOException {
        return PoiCorpusTest.corpusFiles();
    }
}
