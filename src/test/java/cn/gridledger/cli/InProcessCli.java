package cn.gridledger.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import picocli.CommandLine;

/**
 * The real command line run in-process for tests outside this package: exit code, what it printed, and
 * the exception behind an internal fault (exit 3), which the command line itself only logs.
 */
public final class InProcessCli {

    public static final int OK = Cli.OK;
    public static final int REFUSED = Cli.REFUSED;
    public static final int INTERNAL = Cli.INTERNAL;

    /** @param fault the exception of an internal fault, null otherwise */
    public record Run(int status, String out, String err, Throwable fault) {
    }

    private InProcessCli() {
    }

    public static Run run(String... args) {
        CommandLine cl = Cli.commandLine();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        Logger log = Logger.getLogger(Cli.class.getName());
        List<Throwable> faults = new ArrayList<>();
        Handler catcher = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getThrown() != null && r.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    faults.add(r.getThrown());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        boolean parents = log.getUseParentHandlers();
        log.addHandler(catcher);
        log.setUseParentHandlers(false); // a fault is reported by the test, not dumped on the console
        try {
            int status = cl.execute(args);
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                    faults.isEmpty() ? null : faults.get(0));
        } finally {
            log.removeHandler(catcher);
            log.setUseParentHandlers(parents);
        }
    }
}
