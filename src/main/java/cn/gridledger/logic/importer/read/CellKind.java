package cn.gridledger.logic.importer.read;

/** What a cell holds. For a formula cell this is the kind of its cached result ({@link SourceCell#formula()} is true). */
public enum CellKind { TEXT, NUMBER, DATE, BOOLEAN, ERROR, BLANK }
