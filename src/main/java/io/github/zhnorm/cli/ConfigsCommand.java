package io.github.zhnorm.cli;

import io.github.zhnorm.OpenccConfig;
import io.github.zhnorm.Target;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code zhnorm configs}: every target and configuration, one line each. */
@Command(name = "configs",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "List the targets (convert --to) and OpenCC configurations (convert -c), one line each.")
public final class ConfigsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (Target t : Target.values()) {
            out.println(String.format(Locale.ROOT, "--to %-6s %s%s", t.id(), t.description(),
                    t == Target.CN ? " (default)" : ""));
        }
        for (OpenccConfig c : OpenccConfig.values()) {
            out.println(String.format(Locale.ROOT, "-c %-8s %s", c.id(), c.description()));
        }
        out.flush();
        return 0;
    }
}
