package cn.gridledger.logic.importer;

import cn.gridledger.logic.UserFacingException;

/**
 * The importer refuses a file. The message is Chinese and shown to the user as is (it is a
 * UserFacingException); the cause, if any, is kept for the log only.
 */
public class ImportRefusedException extends UserFacingException {

    public enum Reason { ENCRYPTED, UNSUPPORTED_FORMAT, CORRUPT, HOSTILE, EMPTY, NO_HEADER, TOO_LARGE }

    private final Reason reason;

    public ImportRefusedException(Reason reason, String message) {
        this(reason, message, null);
    }

    public ImportRefusedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public static ImportRefusedException encrypted() {
        return new ImportRefusedException(Reason.ENCRYPTED,
                "文件已加密或设置了打开密码，请在 Excel/WPS 中取消密码后另存为 .xlsx 再导入");
    }

    public static ImportRefusedException unsupported(String what) {
        return new ImportRefusedException(Reason.UNSUPPORTED_FORMAT,
                "不支持的文件格式（" + what + "），请在 Excel/WPS 中另存为 .xlsx 后再导入");
    }

    public static ImportRefusedException corrupt(String detail, Throwable cause) {
        return new ImportRefusedException(Reason.CORRUPT,
                "文件已损坏，无法读取" + (detail == null || detail.isEmpty() ? "" : "（" + detail + "）")
                        + "，请在 Excel/WPS 中打开确认后另存为 .xlsx 再导入", cause);
    }

    public static ImportRefusedException hostile(Throwable cause) {
        return new ImportRefusedException(Reason.HOSTILE, "文件内容异常（疑似恶意构造），已拒绝读取", cause);
    }

    public static ImportRefusedException empty() {
        return new ImportRefusedException(Reason.EMPTY, "文件中没有数据");
    }

    public static ImportRefusedException tooLarge(String detail) {
        return new ImportRefusedException(Reason.TOO_LARGE,
                "文件过大（" + detail + "），请按村或网格拆分后分批导入");
    }
}
