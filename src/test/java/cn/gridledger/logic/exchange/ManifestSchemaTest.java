package cn.gridledger.logic.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.UserFacingException;

/**
 * #16: the manifest names the sender's database schema; a receiver whose program is older refuses in Chinese, and
 * a package of an older program (without the field) still reads.
 */
class ManifestSchemaTest {

    @TempDir
    Path dir;

    @Test
    void aPackageNamesThisProgramsSchema() throws Exception {
        Path file = write(manifest(-1), "now.glx");
        assertEquals(Manifest.programSchema(), PackageFormat.read(file).manifest().schemaVersion());
        assertTrue(Manifest.programSchema() >= 14, "the build names the schema: " + Manifest.programSchema());
    }

    @Test
    void aPackageFromANewerProgramIsRefusedWithWhatToDo() throws Exception {
        Path file = write(manifest(Manifest.programSchema() + 1), "newer.glx");
        UserFacingException e = assertThrows(UserFacingException.class, () -> PackageFormat.read(file));
        assertTrue(e.getMessage().contains("来自更新版本的网格台账") && e.getMessage().contains("请先把本机的网格台账升级"),
                e.getMessage());
    }

    @Test
    void aPackageWithoutTheFieldStillReads() throws Exception {
        Path file = write(manifest(0), "older.glx");
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            String manifest = new String(zip.getInputStream(zip.getEntry(PackageFormat.MANIFEST)).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(!manifest.contains("schema_version"), manifest);
        }
        assertEquals(0, PackageFormat.read(file).manifest().schemaVersion());
    }

    private final String[] keys = Keys.generate();

    /** @param schema -1: as this program writes it */
    private Manifest manifest(int schema) {
        Manifest m = new Manifest(Manifest.VERSION, "a-id", "王家村1网格", keys[1], "b-id", "安恕镇", "130102100",
                "安恕镇", List.of("130102100201001"), 1, 0, "2026-12-04T10:00:00", "网格员", Map.of(), null);
        return schema < 0 ? m : new Manifest(m.formatVersion(), m.installationId(), m.name(), m.publicKey(),
                m.toInstallationId(), m.toName(), m.townshipCode(), m.townshipName(), m.scope(), m.packageNo(), m.ack(),
                m.createdAt(), m.createdBy(), m.counts(), null, schema);
    }

    private Path write(Manifest m, String name) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, PackageFormat.encode(m, List.of(), Map.of(), keys[0]));
        return file;
    }
}
