package cn.gridledger.logic.importer.layouts;

import static org.junit.jupiter.api.Assertions.fail;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.importer.PoiCorpusAccess;
import cn.gridledger.logic.importer.header.RosterKind;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.ImportService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wizard's path, not the command line's: 选择文件 previews every sheet, then each sheet with a header is
 * checked as the wizard sends it (chosen sheet, its detected mapping) as both kinds. Every layout, variant
 * and POI corpus file must end in a preview, a report or a Chinese refusal — never another exception.
 */
class WizardPathNeverFaultsTest {

    @TempDir
    Path dir;

    @Test
    void previewAndCheckOfEveryFileEndInAResultOrAChineseRefusal() throws Exception {
        List<Path> files = new ArrayList<>();
        List<Layout> layouts = LayoutCorpus.all();
        for (int i = 0; i < layouts.size(); i++) {
            Path d = Files.createDirectories(dir.resolve("l" + i));
            LayoutTruth truth = layouts.get(i).write(d);
            files.add(truth.file());
            files.addAll(LayoutVariants.of(truth, d, 7000L + i, 1));
        }
        Path corpus = PoiCorpusAccess.dir();
        if (corpus != null) {
            PoiCorpusAccess.files().forEach(name -> files.add(corpus.resolve(name)));
        }
        List<String> faults = new ArrayList<>();
        Path db = LayoutTownship.create(Files.createDirectories(dir.resolve("db")).resolve("t.db"));
        try (AppServices app = AppServices.open(db)) {
            for (Path f : files) {
                try {
                    ImportService.WorkbookPreview p = app.importer().preview(f);
                    for (ImportService.SheetPreview s : p.sheets()) {
                        if (s.header() == null) {
                            continue;
                        }
                        for (RosterKind kind : RosterKind.values()) {
                            try {
                                app.importer().analyse(f, new ImportService.Options(kind, null, List.of(s.sheet().index()),
                                        Map.of(s.sheet().index(), s.header().mapping()), true, false), Progress.NONE);
                            } catch (UserFacingException refused) {
                                requireChinese(faults, f, refused);
                            }
                        }
                    }
                } catch (UserFacingException refused) {
                    requireChinese(faults, f, refused);
                } catch (RuntimeException e) {
                    faults.add(f.getFileName() + ": " + e);
                }
            }
        }
        if (!faults.isEmpty()) {
            fail(faults.size() + " of " + files.size() + " files fault on the wizard's path:\n" + String.join("\n", faults));
        }
    }

    private static void requireChinese(List<String> faults, Path f, UserFacingException e) {
        if (e.getMessage() == null || !e.getMessage().matches("(?s).*[\\u4e00-\\u9fff].*")) {
            faults.add(f.getFileName() + ": refusal without Chinese: " + e.getMessage());
        }
    }
}
