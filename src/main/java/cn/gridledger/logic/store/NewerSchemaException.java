package cn.gridledger.logic.store;

import java.nio.file.Path;

/**
 * The database was last used by a newer GridLedger: its schema has migrations this program does not
 * know. Flyway would open it anyway (future migrations are ignored by default) and this program would
 * then write into tables it does not understand, so the file is refused, untouched.
 */
public final class NewerSchemaException extends StoreException {

    private final String databaseVersion;
    private final String knownVersion;

    NewerSchemaException(Path file, String databaseVersion, String knownVersion) {
        super("该数据库已由更新版本的网格台账使用过（数据库结构版本 " + databaseVersion + "，本程序只认识到版本 "
                + knownVersion + "）：" + file + "。为免损坏数据，本程序不会打开它。"
                + "请安装新版本的网格台账后再打开；数据库文件没有被改动。");
        this.databaseVersion = databaseVersion;
        this.knownVersion = knownVersion;
    }

    public String databaseVersion() {
        return databaseVersion;
    }

    public String knownVersion() {
        return knownVersion;
    }
}
