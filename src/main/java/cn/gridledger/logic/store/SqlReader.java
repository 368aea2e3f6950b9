package cn.gridledger.logic.store;

/** Something that runs read-only work on a connection: the database's shared reader, or a reader of its own. */
public interface SqlReader {

    <T> T read(Database.SqlWork<T> work);
}
