package io.github.zhnorm.cli;

import io.github.zhnorm.Detection;
import io.github.zhnorm.files.BinaryInputException;
import io.github.zhnorm.files.DecodedText;
import io.github.zhnorm.files.DetectedEncoding;
import io.github.zhnorm.files.InputEncoding;
import io.github.zhnorm.files.InputFile;
import io.github.zhnorm.files.InputWalker;
import io.github.zhnorm.files.MalformedInputException;
import io.github.zhnorm.files.Selection;
import io.github.zhnorm.terms.Evidence;
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
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code zhnorm detect}: encoding, script and region of each file. */
@Command(name = "detect",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Tell each file's encoding, script (simplified / traditional / mixed / none) and region "
                + "(cn / tw / hk / unknown), with confidences and the counts behind them.",
        footer = {"", "Examples:",
                "  zhnorm detect notes.txt",
                "  zhnorm detect --json docs/ > report.jsonl",
                "", "Exit codes: 0 success; 2 usage error; 3 some inputs failed."})
public final class DetectCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    Main parent;

    @Option(names = "--json", description = "One JSON object per file and line (JSON Lines).")
    boolean json;

    @Option(names = "--include", paramLabel = "GLOB", description = "In directories: only matching files.")
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "In directories: skip matching files.")
    List<String> excludes = new ArrayList<>();

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or directories; none or '-' reads stdin.")
    List<String> paths = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InputWalker walker = new InputWalker(new Selection(includes, excludes, false, false));
        int failed = 0;
        for (String p : paths.isEmpty() ? List.of("-") : paths) {
            List<InputFile> files;
            if ("-".equals(p)) {
                files = List.of(InputFile.stdin());
            } else {
                try {
                    files = walker.expand(Path.of(p), (skipped, why) -> { });
                } catch (NoSuchFileException e) {
                    err.println("zhnorm: " + p + ": no such file or directory");
                    failed++;
                    continue;
                } catch (IOException e) {
                    err.println("zhnorm: " + p + ": " + e.getMessage());
                    failed++;
                    continue;
                }
            }
            for (InputFile f : files) {
                try {
                    byte[] bytes = f.path() == null ? parent.stdin().readAllBytes() : Files.readAllBytes(f.path());
                    DecodedText d = InputEncoding.AUTO.read(bytes, f.display());
                    Detection det = Detection.of(d.text());
                    out.println(json ? json(f, d.encoding(), det) : text(f, d.encoding(), det));
                } catch (BinaryInputException e) {
                    out.println(json ? "{\"file\":" + quote(f.display()) + ",\"binary\":true}"
                            : f.display() + ": binary");
                } catch (MalformedInputException e) {
                    err.println("zhnorm: " + e.getMessage());
                    failed++;
                } catch (IOException e) {
                    err.println("zhnorm: " + f.display() + ": " + e.getMessage());
                    failed++;
                }
            }
        }
        out.flush();
        err.flush();
        return failed > 0 ? Main.EXIT_INPUT_FAILED : 0;
    }

    private static String text(InputFile f, DetectedEncoding d, Detection det) {
        Evidence e = det.evidence();
        return String.format(Locale.ROOT, "%s: %s%s, %s (%.2f), %s (%.2f); han %d, simplified-only %d, "
                        + "traditional-only %d, terms tw %d hk %d cn %d, forms tw %d hk %d",
                f.display(), d.charset().name(), d.hasBom() ? " with BOM" : "", lower(det.script()),
                det.scriptConfidence(), lower(det.region()), det.regionConfidence(), e.hanCharacters(),
                e.simplifiedOnly(), e.traditionalOnly(), e.taiwanTerms(), e.hongKongTerms(), e.mainlandTerms(),
                e.taiwanForms(), e.hongKongForms());
    }

    private static String json(InputFile f, DetectedEncoding d, Detection det) {
        Evidence e = det.evidence();
        return String.format(Locale.ROOT, "{\"file\":%s,\"encoding\":%s,\"bom\":%b,\"script\":\"%s\","
                        + "\"script_confidence\":%.3f,\"region\":\"%s\",\"region_confidence\":%.3f,"
                        + "\"counts\":{\"han\":%d,\"simplified_only\":%d,\"traditional_only\":%d,\"tw_terms\":%d,"
                        + "\"hk_terms\":%d,\"cn_terms\":%d,\"tw_forms\":%d,\"hk_forms\":%d}}",
                quote(f.display()), quote(d.charset().name()), d.hasBom(), lower(det.script()), det.scriptConfidence(),
                lower(det.region()), det.regionConfidence(), e.hanCharacters(), e.simplifiedOnly(),
                e.traditionalOnly(), e.taiwanTerms(), e.hongKongTerms(), e.mainlandTerms(), e.taiwanForms(),
                e.hongKongForms());
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
