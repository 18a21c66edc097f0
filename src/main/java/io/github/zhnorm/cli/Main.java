package io.github.zhnorm.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code zhnorm} command line. Only {@link #main} exits. */
@Command(name = "zhnorm",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Bring Chinese text to one standard, script and vocabulary: mainland, Taiwan or Hong Kong.",
                "Also runs OpenCC's configurations exactly as OpenCC does."},
        footer = {"", "Examples:",
                "  echo '滑鼠和軟體' | zhnorm convert            鼠标和软件 (mainland standard)",
                "  zhnorm convert --to tw --in-place docs/",
                "  zhnorm convert --check --include '*.md' docs/",
                "  zhnorm detect notes.txt",
                "  zhnorm configs"})
public final class Main implements Runnable {
    /** Exit code: an input could not be converted (missing, unreadable, undecodable); others were processed. */
    public static final int EXIT_INPUT_FAILED = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final InputStream stdin;

    public Main() {
        this(System.in);
    }

    /** A command tree reading {@code stdin} where an input is {@code -} (tests pass their own). */
    public Main(InputStream stdin) {
        this.stdin = stdin;
    }

    InputStream stdin() {
        return stdin;
    }

    /** Standard output as bytes, for converted text in an encoding other than UTF-8. */
    java.io.OutputStream stdoutBytes() {
        return System.out;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * A command line for {@code args}, writing UTF-8 to the process's stdout and stderr. Only the subcommand
     * named first is built (picocli builds a command's model eagerly, and start-up time matters); any other
     * first word gets them all, for help and suggestions.
     */
    public static CommandLine commandLine(String[] args) {
        CommandLine cmd = new CommandLine(new Main());
        String first = args.length > 0 ? args[0] : "";
        switch (first) {
            case "convert" -> cmd.addSubcommand(new ConvertCommand());
            case "detect" -> cmd.addSubcommand(new DetectCommand());
            case "configs" -> cmd.addSubcommand(new ConfigsCommand());
            default -> addAllSubcommands(cmd);
        }
        cmd.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cmd.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        return configure(cmd);
    }

    private static void addAllSubcommands(CommandLine cmd) {
        cmd.addSubcommand(new ConvertCommand());
        cmd.addSubcommand(new DetectCommand());
        cmd.addSubcommand(new ConfigsCommand());
        cmd.addSubcommand(new CommandLine.HelpCommand());
    }

    /** Shared settings, also used by tests that supply their own writers (a bare tree gets every subcommand). */
    public static CommandLine configure(CommandLine cmd) {
        if (cmd.getSubcommands().isEmpty()) {
            addAllSubcommands(cmd);
        }
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setParameterExceptionHandler(Main::usageError);
        return cmd;
    }

    /** A short message and a hint instead of the whole help text. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("zhnorm: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    public static void main(String[] args) {
        // picocli registers converters for java.sql and java.time types by reflection, which loads and initializes
        // those packages (tens of milliseconds at start-up); no option here has such a type.
        if (System.getProperty(PICOCLI_CONVERTER_EXCLUDES) == null) {
            System.setProperty(PICOCLI_CONVERTER_EXCLUDES, "java\\.sql\\..*|java\\.time\\..*");
        }
        ConverterPrefetch.start(args);
        System.exit(commandLine(args).execute(args));
    }

    private static final String PICOCLI_CONVERTER_EXCLUDES = "picocli.converters.excludes";
}
