package cn.gridledger.model;

/** One finding of the integrity check; {@code error} false means a warning that does not endanger data. */
public record CheckFinding(boolean error, String message) {
}
