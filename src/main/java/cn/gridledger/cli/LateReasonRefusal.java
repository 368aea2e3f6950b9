package cn.gridledger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import cn.gridledger.logic.service.SubmittedQuarterException;

/**
 * What the importing commands (import households/cadres, exchange import) say when a file would change a
 * submitted quarter and no --late-reason was given: the facts, and how to go on. Nothing was written.
 */
final class LateReasonRefusal {

    private LateReasonRefusal() {
    }

    /** @param what how the message names the change: 本次导入会修改已报送季度内的数据, 此交换包会修改已报送季度的数据 */
    static void print(PrintWriter err, Path file, String what, SubmittedQuarterException e) {
        err.println("无法导入 " + file.getFileName() + "：" + what + "（" + e.facts().size() + " 项），需要填写修改原因：");
        e.facts().forEach(f -> err.println("  " + f));
        err.println("请加 --late-reason \"修改原因\" 重新运行（原因记入下次导出的补充说明）。数据库未做任何修改。");
    }
}
