package io.github.zhnorm.cli;

import io.github.zhnorm.Converter;
import io.github.zhnorm.OpenccConfig;
import io.github.zhnorm.Target;
import io.github.zhnorm.TargetBuilder;
import io.github.zhnorm.terms.Domain;
import io.github.zhnorm.config.ConfigException;
import io.github.zhnorm.dict.DictionaryFormatException;
import io.github.zhnorm.files.AtomicWrite;
import io.github.zhnorm.files.MalformedInputException;
import io.github.zhnorm.files.StrictDecoder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code zhnorm convert}: converts files or stdin (UTF-8) to stdout or to one output file. */
@Command(name = "convert",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Convert UTF-8 text files (or stdin) to a target standard (--to, default cn) "
                + "or with an OpenCC configuration (-c).",
        footer = {"", "Configurations: s2t t2s s2tw tw2s s2twp tw2sp s2hk hk2s s2hkp hk2sp t2tw tw2t t2hk hk2t t2jp jp2t,",
                "or the path of an OpenCC JSON configuration (text dictionaries).",
                "", "Examples:",
                "  zhnorm convert notes.txt                  (to mainland standard: --to cn)",
                "  zhnorm convert --to tw notes.txt",
                "  zhnorm convert -c tw2sp notes.txt > notes.cn.txt",
                "  echo '鼠标和软件' | zhnorm convert -c s2twp",
                "  zhnorm convert -c s2t -o out.txt in.txt",
                "", "Exit codes: 0 done; 2 usage error (unknown option or configuration); "
                + "3 an input failed (missing, unreadable, not UTF-8)."})
public final class ConvertCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    Main parent;

    @CommandLine.ArgGroup(exclusive = true, multiplicity = "0..1")
    Mode mode;

    /** What to convert to: an OpenCC configuration or a target standard (default: --to cn). */
    static final class Mode {
        @Option(names = {"-c", "--config"}, paramLabel = "CONFIG",
                description = "OpenCC configuration name (s2t, tw2sp, …) or JSON file: exactly OpenCC's conversion.")
        String config;

        @Option(names = {"-t", "--to"}, paramLabel = "TARGET", converter = Names.TargetConverter.class,
                completionCandidates = Names.TargetNames.class,
                description = "Target standard: ${COMPLETION-CANDIDATES} (default: cn). Script and vocabulary; "
                        + "input may be any mix.")
        Target target;
    }

    @Option(names = "--no-domain", paramLabel = "DOMAIN", converter = Names.DomainConverter.class,
            completionCandidates = Names.DomainNames.class,
            description = "With --to: leave out one domain of term maps (repeatable): ${COMPLETION-CANDIDATES}.")
    List<Domain> withoutDomains = new ArrayList<>();

    @Option(names = "--characters-only", description = "With --to: convert characters only, no vocabulary.")
    boolean charactersOnly;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (atomically: all or nothing) instead of stdout.")
    Path output;

    @Option(names = "--explain",
            description = "Instead of the converted text, print one line per replacement: "
                    + "FILE:LINE:COLUMN, the original text, the result, and the dictionary that decided it.")
    boolean explain;

    @Option(names = "--include-tofu-risk",
            description = "With a JSON configuration: also use dictionaries marked may_output_tofu "
                    + "(rare characters many fonts lack), as OpenCC's --include-tofu-risk-dictionaries does.")
    boolean includeTofuRisk;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Input files; none or '-' reads stdin.")
    List<String> inputs = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Converter converter;
        try {
            converter = converter();
        } catch (ConfigException | DictionaryFormatException e) {
            err.println("zhnorm: " + e.getMessage());
            return CommandLine.ExitCode.USAGE;
        }
        List<String> sources = inputs.isEmpty() ? List.of("-") : inputs;
        if (output != null && sources.size() > 1) {
            err.println("zhnorm: -o takes one input; got " + sources.size());
            return CommandLine.ExitCode.USAGE;
        }
        int failed = 0;
        StringBuilder result = output == null ? null : new StringBuilder();
        for (String source : sources) {
            String text;
            try {
                text = read(source);
            } catch (IOException e) {
                err.println("zhnorm: " + describe(source, e));
                failed++;
                continue;
            }
            if (explain) {
                PrintWriter out = spec.commandLine().getOut();
                Explanations.print(converter, "-".equals(source) ? "<stdin>" : source, text, out);
                out.flush();
                continue;
            }
            String converted = converter.convert(text);
            if (result != null) {
                result.append(converted);
            } else {
                PrintWriter out = spec.commandLine().getOut();
                out.write(converted);
                out.flush();
            }
        }
        if (failed > 0) {
            if (output != null) {
                err.println("zhnorm: nothing written to " + output);
            }
            return Main.EXIT_INPUT_FAILED;
        }
        if (result != null) {
            try {
                AtomicWrite.write(output, result.toString().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                err.println("zhnorm: cannot write " + output + ": " + e.getMessage() + " (nothing written)");
                return Main.EXIT_INPUT_FAILED;
            }
        }
        return CommandLine.ExitCode.OK;
    }

    private Converter converter() {
        String config = mode == null ? null : mode.config;
        if (config != null) {
            if (!withoutDomains.isEmpty() || charactersOnly) {
                throw new ConfigException("--no-domain and --characters-only go with --to, not with -c");
            }
            boolean builtin = OpenccConfig.byId(config).isPresent();
            return includeTofuRisk && !builtin ? Converter.ofConfigFile(Path.of(config), true) : Converter.of(config);
        }
        Target target = mode == null || mode.target == null ? Target.CN : mode.target;
        if (withoutDomains.isEmpty() && !charactersOnly) {
            return Converter.to(target);
        }
        TargetBuilder builder = Converter.forTarget(target);
        withoutDomains.forEach(builder::withoutDomain);
        if (charactersOnly) {
            builder.charactersOnly();
        }
        return builder.build();
    }

    private String read(String source) throws IOException {
        byte[] bytes;
        if ("-".equals(source)) {
            InputStream in = parent.stdin();
            bytes = in.readAllBytes();
            source = "<stdin>";
        } else {
            bytes = Files.readAllBytes(Path.of(source));
        }
        return StrictDecoder.decode(bytes, StandardCharsets.UTF_8, source);
    }

    private static String describe(String source, IOException e) {
        if (e instanceof NoSuchFileException) {
            return source + ": no such file";
        }
        if (e instanceof AccessDeniedException) {
            return source + ": permission denied";
        }
        if (e instanceof MalformedInputException) {
            return e.getMessage() + "; convert it to UTF-8 first (e.g. iconv -f BIG5 -t UTF-8)";
        }
        if (Files.isDirectory(Path.of(source))) {
            return source + ": is a directory";
        }
        return source + ": " + e.getMessage();
    }
}
