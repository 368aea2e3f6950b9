package cn.gridledger.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.DemoService.DemoSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", description = "在空数据库中生成一个虚构的演示乡镇（姓名、身份证号均为虚构）")
final class DemoCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    GridLedgerCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--households", paramLabel = "N", defaultValue = "2000", description = "农户数（默认 ${DEFAULT-VALUE}）")
    int households;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "随机种子，同一种子生成相同数据（默认 ${DEFAULT-VALUE}）")
    long seed;

    @Override
    public Integer call() {
        if (households < 1 || households > 1_000_000) {
            spec.commandLine().getErr().println("农户数应在 1 到 1000000 之间。");
            return Cli.USAGE;
        }
        try (AppServices app = root.openServices()) {
            DemoSummary s = app.demo().generate(households, seed, new CliProgress(spec.commandLine().getErr()));
            spec.commandLine().getErr().printf("已生成演示乡镇：%d 个村，%d 个网格，%d 户，%d 人，%d 名干部，用时 %.1f 秒。%n",
                    s.villages(), s.grids(), s.households(), s.members(), s.cadres(), s.seconds());
            if (root.json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("villages", s.villages());
                m.put("grids", s.grids());
                m.put("households", s.households());
                m.put("members", s.members());
                m.put("cadres", s.cadres());
                m.put("seconds", s.seconds());
                JsonOut.print(spec.commandLine().getOut(), m);
            }
            return Cli.OK;
        }
    }
}
