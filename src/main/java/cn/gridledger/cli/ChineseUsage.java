package cn.gridledger.cli;

import java.util.stream.Collectors;

import picocli.CommandLine;

/** Chinese wording for picocli's usage errors (its own messages are English). */
final class ChineseUsage {

    private ChineseUsage() {
    }

    static String explain(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            return "无法识别的参数 " + String.join(" ", u.getUnmatched());
        }
        if (e instanceof CommandLine.MissingParameterException m) {
            return "缺少必填参数 " + m.getMissing().stream()
                    .map(a -> a.isOption() ? ((CommandLine.Model.OptionSpec) a).longestName() : a.paramLabel())
                    .collect(Collectors.joining("、"));
        }
        if (e instanceof CommandLine.OverwrittenOptionException) {
            return "同一选项给了多次";
        }
        if (e.getCause() instanceof NumberFormatException || e.getMessage().contains("Invalid value")) {
            return "参数值格式不对（" + e.getMessage().replaceAll(".*: ", "") + "）";
        }
        if (e.getCommandLine().getCommandSpec().subcommands().size() > 0
                && e.getMessage().startsWith("Missing required subcommand")) {
            return "缺少子命令，可用：" + String.join("、", e.getCommandLine().getSubcommands().keySet());
        }
        return "命令行参数不正确";
    }
}
