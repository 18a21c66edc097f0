package io.github.zhnorm.cli;

import io.github.zhnorm.Converter;
import io.github.zhnorm.DetectedRegion;
import io.github.zhnorm.OpenccConfig;
import io.github.zhnorm.Target;
import io.github.zhnorm.TargetBuilder;
import io.github.zhnorm.config.ConfigException;
import io.github.zhnorm.dict.DictionaryFormatException;
import io.github.zhnorm.files.InputEncoding;
import io.github.zhnorm.files.InputFile;
import io.github.zhnorm.files.OutputEncoding;
import io.github.zhnorm.files.InputWalker;
import io.github.zhnorm.files.Selection;
import io.github.zhnorm.protect.ProtectedSpans;
import io.github.zhnorm.protect.Protection;
import io.github.zhnorm.terms.Domain;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code zhnorm convert}: converts files, directory trees or stdin, safely. */
@Command(name = "convert",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {"Convert Chinese text files, directory trees or stdin to a target standard "
                + "(--to, default cn) or with an OpenCC configuration (-c).",
                "Input may be any mix of Simplified and Traditional, mainland, Taiwan and Hong Kong usage."},
        footer = {"", "Examples:",
                "  zhnorm convert notes.txt                       to mainland standard, on stdout",
                "  zhnorm convert --to tw -o out/ docs/           mirror docs/ into out/, in Taiwan standard",
                "  zhnorm convert --in-place --backup .orig docs/ rewrite files atomically, keep backups",
                "  zhnorm convert --check --include '*.md' docs/  CI: exit 1 if any file is not mainland standard",
                "  zhnorm convert --diff --to tw README.md        show what would change",
                "  zhnorm convert -c tw2sp --explain notes.txt    each replacement and the dictionary behind it",
                "", "Configurations (-c): s2t t2s s2tw tw2s s2twp tw2sp s2hk hk2s s2hkp hk2sp t2tw tw2t t2hk hk2t "
                + "t2jp jp2t, or an OpenCC JSON file.",
                "", "Exit codes: 0 success; 1 --check found files that would change; "
                + "2 usage error (unknown option or configuration); 3 some inputs failed, the others were processed."})
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
                description = "Target standard: ${COMPLETION-CANDIDATES} (default: cn). Script and vocabulary.")
        Target target;
    }

    @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR",
            description = "Write to FILE (one input) or mirror the input tree into DIR. Atomic: never a partial file.")
    Path output;

    @Option(names = "--in-place", description = "Replace each input file atomically (temp file, fsync, rename; "
            + "permissions kept).")
    boolean inPlace;

    @Option(names = "--backup", paramLabel = "SUFFIX", description = "With --in-place: keep the original as "
            + "FILE+SUFFIX.")
    String backup;

    @Option(names = "--check", description = "Write nothing; list files that would change (line:column and the "
            + "first difference); exit 1 if any would.")
    boolean check;

    @Option(names = "--diff", description = "Write nothing; print a unified diff of what would change.")
    boolean diff;

    @Option(names = "--explain", description = "Instead of the converted text, print one line per replacement: "
            + "FILE:LINE:COLUMN, the original, the result, and the dictionary (file, domain) that decided it.")
    boolean explain;

    @Option(names = "--no-domain", paramLabel = "DOMAIN", converter = Names.DomainConverter.class,
            completionCandidates = Names.DomainNames.class,
            description = "With --to: leave out one domain of term maps (repeatable): ${COMPLETION-CANDIDATES}.")
    List<Domain> withoutDomains = new ArrayList<>();

    @Option(names = "--characters-only", description = "With --to: convert characters only, no vocabulary.")
    boolean charactersOnly;

    @Option(names = "--from", paramLabel = "REGION", defaultValue = "any",
            description = "With --to cn, where the text comes from: any (default: every region's term maps), tw or "
                    + "hk (only that region's maps; the other region's words are left alone).")
    SourceRegion from;

    @Option(names = "--encoding", paramLabel = "auto|NAME", description = "Input encoding: auto (default: BOM, "
            + "then UTF-8, then GB18030 / Big5 / Big5-HKSCS by validity and character statistics) or a charset name.")
    String encoding = "auto";

    @Option(names = "--output-encoding", paramLabel = "NAME|keep", description = "Output encoding (default UTF-8); "
            + "keep = the input's. A character it cannot hold fails that file, which is left untouched. A BOM is "
            + "kept when the output is Unicode; line endings are always kept.")
    String outputEncoding = "UTF-8";

    @Option(names = "--include", paramLabel = "GLOB", description = "In directories: only files matching GLOB "
            + "(path below the directory or file name; repeatable).")
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "In directories: skip files matching GLOB "
            + "(repeatable).")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--follow-symlinks", description = "Follow symbolic links in directories (default: skip them).")
    boolean followSymlinks;

    @Option(names = "--rename", description = "Convert file and directory names too (with --in-place or -o DIR); "
            + "an existing target name is an error, never overwritten.")
    boolean rename;

    @Option(names = "--protect", paramLabel = "LIST", description = "Keep spans exactly as they are: comma-separated "
            + "code (Markdown fenced blocks and inline code), urls, emails, regex:PATTERN (repeatable). Text between "
            + "zhnorm:off and zhnorm:on markers is always kept.")
    List<String> protect = new ArrayList<>();

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Files converted in parallel "
            + "(default: all cores).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-q", "--quiet"}, description = "No summary or progress; errors only.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "One line per file on stderr.")
    boolean verbose;

    @Option(names = "--include-tofu-risk", description = "With a JSON configuration: also use dictionaries marked "
            + "may_output_tofu (rare characters many fonts lack).")
    boolean includeTofuRisk;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files or directories (recursed); none or '-' reads stdin.")
    List<String> paths = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (output != null && output.toString().equals("-")) {
            output = null; // -o - is stdout
        }
        String usage = usageProblem();
        if (usage != null) {
            err.println("zhnorm: " + usage);
            err.println("Try 'zhnorm convert --help' for more information.");
            return CommandLine.ExitCode.USAGE;
        }
        Converter converter;
        try {
            converter = converter();
        } catch (ConfigException | DictionaryFormatException e) {
            err.println("zhnorm: " + e.getMessage());
            return CommandLine.ExitCode.USAGE;
        }
        List<InputFile> inputs = new ArrayList<>();
        List<FileResult> early = new ArrayList<>();
        boolean anyDirectory = false;
        InputWalker walker = new InputWalker(new Selection(includes, excludes, followSymlinks, false));
        for (String p : paths.isEmpty() ? List.of("-") : paths) {
            if ("-".equals(p)) {
                inputs.add(InputFile.stdin());
                continue;
            }
            Path path = Path.of(p);
            anyDirectory |= Files.isDirectory(path);
            try {
                inputs.addAll(walker.expand(path, (skippedPath, why) -> early.add(FileResult.skipped(
                        new InputFile(skippedPath, null, skippedPath.getFileName()), skippedPath + ": " + why))));
            } catch (NoSuchFileException e) {
                early.add(FileResult.failed(new InputFile(path, null, path.getFileName()), p + ": no such file or "
                        + "directory"));
            } catch (IOException e) {
                early.add(FileResult.failed(new InputFile(path, null, path.getFileName()), p + ": " + e.getMessage()));
            }
        }
        Destination destination = destination(anyDirectory || inputs.size() > 1);
        String refused = refusal(destination, inputs);
        if (refused != null) {
            err.println("zhnorm: " + refused);
            return CommandLine.ExitCode.USAGE;
        }
        ProtectedSpans spans;
        try {
            spans = protect.isEmpty() ? ProtectedSpans.markersOnly() : ProtectedSpans.of(Protection.parse(protect));
        } catch (IllegalArgumentException e) {
            err.println("zhnorm: --protect: " + e.getMessage());
            return CommandLine.ExitCode.USAGE;
        }
        InputEncoding in;
        OutputEncoding out;
        try {
            in = InputEncoding.parse(encoding);
            out = OutputEncoding.parse(outputEncoding);
        } catch (IllegalArgumentException e) {
            err.println("zhnorm: " + e.getMessage());
            return CommandLine.ExitCode.USAGE;
        }
        FileProcessor processor = new FileProcessor(converter, spans, destination, output, backup, explain, rename,
                parent.stdin(), in, out, spec.commandLine().getOut(), parent.stdoutBytes(), inputs.size() == 1,
                // one large file uses all cores itself; many files share them
                inputs.size() == 1 ? Math.max(1, jobs) : 1);
        Run run = new Run(spec.commandLine().getOut(), parent.stdoutBytes(), err, quiet, verbose, destination);
        early.forEach(run::report);
        run.process(inputs, processor, Math.max(1, jobs));
        if (rename && destination == Destination.IN_PLACE) {
            Renamer.renameAll(inputs, converter, run);
        }
        return run.finish();
    }

    private String usageProblem() {
        if (inPlace && output != null) {
            return "--in-place and -o exclude each other";
        }
        if ((check || diff || explain) && (inPlace || output != null)) {
            return "--check, --diff and --explain write nothing; drop --in-place / -o";
        }
        if (check && diff) {
            return "--check and --diff exclude each other";
        }
        if (backup != null && !inPlace) {
            return "--backup goes with --in-place";
        }
        if (backup != null && backup.isEmpty()) {
            return "--backup needs a non-empty suffix";
        }
        if (rename && !inPlace && output == null) {
            return "--rename goes with --in-place or -o DIR";
        }
        if (inPlace && (paths.isEmpty() || paths.contains("-"))) {
            return "--in-place needs files or directories, not stdin";
        }
        if (jobs < 1) {
            return "-j needs a positive number";
        }
        return null;
    }

    private Destination destination(boolean many) {
        if (check) {
            return Destination.CHECK;
        }
        if (diff) {
            return Destination.DIFF;
        }
        if (inPlace) {
            return Destination.IN_PLACE;
        }
        if (output != null) {
            return many || Files.isDirectory(output) || output.toString().endsWith("/")
                    ? Destination.DIRECTORY : Destination.FILE;
        }
        return Destination.STDOUT;
    }

    /** Outputs that would overwrite an input are refused before anything is written. */
    private String refusal(Destination destination, List<InputFile> inputs) {
        if (destination != Destination.FILE && destination != Destination.DIRECTORY) {
            return null;
        }
        if (destination == Destination.DIRECTORY && Files.isRegularFile(output)) {
            return "-o " + output + " is a file, but there are several inputs; give a directory to mirror them into";
        }
        Path out = output.toAbsolutePath().normalize();
        for (InputFile in : inputs) {
            if (in.path() == null) {
                if (destination == Destination.DIRECTORY) {
                    return "stdin cannot be mirrored into a directory; use -o FILE";
                }
                continue;
            }
            Path inPath = in.path().toAbsolutePath().normalize();
            if (destination == Destination.FILE && sameFile(inPath, out)) {
                return "-o " + output + " is one of the inputs; use --in-place to convert it in place";
            }
            if (destination == Destination.DIRECTORY && in.root() != null) {
                Path root = in.root().toAbsolutePath().normalize();
                if (out.startsWith(root)) {
                    return "output directory " + output + " is inside the input tree " + in.root()
                            + "; choose a directory outside it";
                }
            }
            if (destination == Destination.DIRECTORY && in.root() == null && sameFile(inPath.getParent(), out)) {
                return "output directory " + output + " holds the input " + in.display()
                        + "; it would be overwritten (use --in-place)";
            }
        }
        return null;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return a.equals(b) || (Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b));
        } catch (IOException e) {
            return false;
        }
    }

    private Converter converter() {
        String config = mode == null ? null : mode.config;
        if (config != null) {
            if (!withoutDomains.isEmpty() || charactersOnly) {
                throw new ConfigException("--no-domain and --characters-only go with --to, not with -c");
            }
            if (from != SourceRegion.ANY) {
                throw new ConfigException("--from goes with --to cn, not with -c");
            }
            boolean builtin = OpenccConfig.byId(config).isPresent();
            return includeTofuRisk && !builtin ? Converter.ofConfigFile(Path.of(config), true) : Converter.of(config);
        }
        Target target = mode == null || mode.target == null ? Target.CN : mode.target;
        if (target != Target.CN && from != SourceRegion.ANY) {
            throw new ConfigException("--from goes with --to cn");
        }
        return converter(target, from.region());
    }

    private Converter converter(Target target, DetectedRegion source) {
        if (withoutDomains.isEmpty() && !charactersOnly) {
            return Converter.to(target, source);
        }
        TargetBuilder builder = Converter.forTarget(target).from(source);
        withoutDomains.forEach(builder::withoutDomain);
        if (charactersOnly) {
            builder.charactersOnly();
        }
        return builder.build();
    }
}
