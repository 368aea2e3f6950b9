package cn.gridledger.logic.importer.read;

/** The format of a file as recognised from its content. */
public enum FileFormat { XLSX, XLS, CSV }
