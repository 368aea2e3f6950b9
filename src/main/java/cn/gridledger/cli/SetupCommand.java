package cn.gridledger.cli;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.model.Township;
import cn.gridledger.model.Village;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Headless township set-up for IT staff and tests: creates the township and its villages on an empty
 * database, or adds the villages not yet present on an existing one. Running it twice changes nothing.
 */
@Command(name = "setup", description = "设置本乡镇及其村（社区）：空数据库上新建；已有乡镇时只添加尚未有的村，重复运行不做修改")
final class SetupCommand implements Callable<Integer> {

    @ParentCommand
    GridLedgerCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--county-code", paramLabel = "CODE", required = true, description = "县级区划代码（6 位，如 220422）")
    String countyCode;

    @Option(names = "--county-name", paramLabel = "NAME", required = true, description = "县名（如 东辽县）")
    String countyName;

    @Option(names = "--township-code", paramLabel = "CODE", required = true, description = "乡镇代码（9 位，如 220422103）")
    String townshipCode;

    @Option(names = "--township-name", paramLabel = "NAME", required = true, description = "乡镇名（如 安恕镇）")
    String townshipName;

    @Option(names = "--village", paramLabel = "CODE=NAME", description = "一个村（社区）：12 位代码=名称，可重复")
    List<String> villages = new ArrayList<>();

    @Option(names = "--villages", paramLabel = "FILE", description = "村（社区）清单文件：每行 代码=名称（也可用逗号或制表符分隔；# 开头为注释）")
    Path villagesFile;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Map<String, String> wanted;
        try {
            wanted = wantedVillages();
        } catch (UserFacingException e) {
            err.println(e.getMessage());
            return Cli.USAGE;
        }
        Township township = new Township(townshipCode.strip(), townshipName.strip(), countyCode.strip(), countyName.strip());
        List<Village> list = new ArrayList<>();
        wanted.forEach((code, name) -> list.add(new Village(0, code, name, name.endsWith("社区") || name.endsWith("居委会") ? "社区" : "村")));
        try (AppServices app = root.openServices()) {
            Optional<Township> existing = app.township().township();
            int added;
            if (existing.isEmpty()) {
                app.township().setUp(township, list);
                added = list.size();
                err.println("已设置 " + township.countyName() + township.name() + "（" + township.code() + "），共 " + added + " 个村（社区）。");
            } else {
                Township t = existing.get();
                if (!t.code().equals(township.code())) {
                    err.println("本数据库已设置为 " + t.countyName() + t.name() + "（代码 " + t.code() + "），不能改为 "
                            + township.name() + "（" + township.code() + "）。请用 --db 指定另一个数据库文件。");
                    return Cli.REFUSED;
                }
                added = app.township().addVillages(list).size();
                err.println(added == 0 ? t.name() + "及所列村（社区）均已存在，没有修改。"
                        : "已为 " + t.name() + " 添加 " + added + " 个村（社区）。");
            }
            if (root.json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("township", township.code());
                m.put("villagesAdded", added);
                m.put("villages", app.township().villages().size());
                JsonOut.print(spec.commandLine().getOut(), m);
            }
            return Cli.OK;
        }
    }

    /** Code → name from --village options and the --villages file, in the order given. */
    private Map<String, String> wantedVillages() {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>(villages);
        if (villagesFile != null) {
            try {
                lines.addAll(Files.readAllLines(villagesFile));
            } catch (IOException e) {
                throw new UserFacingException("无法读取村（社区）清单文件：" + villagesFile);
            }
        }
        for (String line : lines) {
            String l = line.strip().replace('\uFEFF', ' ').strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] parts = l.split("\\s*[=,，\\t]\\s*|\\s+", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new UserFacingException("村（社区）应写成 代码=名称，例如 220422103201=安恕村；无法识别：" + l);
            }
            out.put(parts[0].strip(), parts[1].strip());
        }
        return out;
    }
}
