package io.github.zhnorm.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import io.github.zhnorm.Converter;
import io.github.zhnorm.files.AtomicFile;
import io.github.zhnorm.files.AtomicWrite;
import io.github.zhnorm.files.DetectedEncoding;
import io.github.zhnorm.files.InputFile;
import io.github.zhnorm.files.BinaryInputException;
import io.github.zhnorm.files.DecodedText;
import io.github.zhnorm.files.InputEncoding;
import io.github.zhnorm.files.MalformedInputException;
import io.github.zhnorm.files.OutputEncoding;
import io.github.zhnorm.files.UnencodableCharacterException;
import io.github.zhnorm.protect.ProtectedExplanations;
import io.github.zhnorm.protect.ProtectedSpans;
import io.github.zhnorm.protect.ProtectingConverter;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/** Converts one input and delivers the result to its destination. Thread-safe: holds no per-file state. */
final class FileProcessor {
    private final Converter converter;
    private final ProtectedSpans protectedSpans;
    private final UnaryOperator<String> convert;
    private final Destination destination;
    private final Path output;
    private final String backupSuffix;
    private final InputEncoding inputEncoding;
    private final OutputEncoding outputEncoding;
    private final boolean explain;
    private final boolean rename;
    private final InputStream stdin;
    private final java.io.OutputStream stdoutBytes;
    private final java.io.Writer stdoutText;
    private final boolean singleInput;
    private final int threads;

    FileProcessor(Converter converter, ProtectedSpans protectedSpans, Destination destination, Path output,
                  String backupSuffix, boolean explain, boolean rename, InputStream stdin,
                  InputEncoding inputEncoding, OutputEncoding outputEncoding, java.io.Writer stdoutText,
                  java.io.OutputStream stdoutBytes, boolean singleInput, int threads) {
        this.converter = converter;
        this.threads = threads;
        this.stdoutText = stdoutText;
        this.stdoutBytes = stdoutBytes;
        this.singleInput = singleInput;
        this.inputEncoding = inputEncoding;
        this.outputEncoding = outputEncoding;
        this.protectedSpans = protectedSpans;
        this.convert = ProtectingConverter.of(converter, protectedSpans);
        this.destination = destination;
        this.output = output;
        this.backupSuffix = backupSuffix;
        this.explain = explain;
        this.rename = rename;
        this.stdin = stdin;
    }

    /** Files larger than this are converted in bounded memory (where the destination allows). */
    static final long STREAMING_THRESHOLD = 16L << 20;

    FileResult process(InputFile input) {
        InputStream source = stdin;
        if (streams(input)) {
            if (input.path() != null) {
                return processStreaming(input, null);
            }
            // stdin: small input (the common pipe) takes the whole-text path, without worker threads
            try {
                byte[] head = stdin.readNBytes(StreamingConversion.PREFIX);
                if (head.length == StreamingConversion.PREFIX) {
                    return processStreaming(input, new java.io.SequenceInputStream(
                            new java.io.ByteArrayInputStream(head), stdin));
                }
                source = new java.io.ByteArrayInputStream(head);
            } catch (IOException e) {
                return FileResult.failed(input, "<stdin>: cannot read: " + e.getMessage());
            }
        }
        byte[] bytes;
        try {
            bytes = input.path() == null ? source.readAllBytes() : Files.readAllBytes(input.path());
        } catch (NoSuchFileException e) {
            return FileResult.failed(input, input.display() + ": no such file");
        } catch (AccessDeniedException e) {
            return FileResult.failed(input, input.display() + ": permission denied");
        } catch (IOException e) {
            return FileResult.failed(input, input.display() + ": cannot read: " + e.getMessage());
        }
        DecodedText decoded;
        try {
            decoded = inputEncoding.read(bytes, input.display());
        } catch (BinaryInputException e) {
            return FileResult.skipped(input, e.getMessage());
        } catch (MalformedInputException e) {
            return FileResult.failed(input, e.getMessage() + "; nothing written (give its encoding with --encoding)");
        }
        String text = decoded.text();
        if (explain) {
            StringWriter sw = new StringWriter();
            Explanations.print(ProtectedExplanations.explain(converter, protectedSpans, text), input.display(), text,
                    new PrintWriter(sw));
            String lines = sw.toString();
            return new FileResult(input, lines.isEmpty() ? Outcome.UNCHANGED : Outcome.WOULD_CHANGE, null, lines,
                    bytes.length);
        }
        String converted = convert.apply(text);
        boolean changed = !converted.equals(text);
        try {
            return switch (destination) {
                case STDOUT -> {
                    byte[] encoded = outputEncoding.encode(converted, decoded.encoding(), input.display());
                    yield new FileResult(input, changed ? Outcome.CONVERTED : Outcome.UNCHANGED, null,
                            isUtf8() ? new String(encoded, StandardCharsets.UTF_8) : null, bytes.length,
                            isUtf8() ? null : encoded);
                }
                case CHECK -> changed ? new FileResult(input, Outcome.WOULD_CHANGE, null,
                        FirstDifference.describe(input.display(), text, converted) + "\n", bytes.length)
                        : new FileResult(input, Outcome.UNCHANGED, null, null, bytes.length);
                case DIFF -> changed ? new FileResult(input, Outcome.WOULD_CHANGE, null, diff(input, text, converted),
                        bytes.length) : new FileResult(input, Outcome.UNCHANGED, null, null, bytes.length);
                case FILE -> {
                    AtomicWrite.write(output, outputEncoding.encode(converted, decoded.encoding(), input.display()));
                    yield new FileResult(input, changed ? Outcome.CONVERTED : Outcome.UNCHANGED, null, null,
                            bytes.length);
                }
                case DIRECTORY -> {
                    Path target = output.resolve(outputRelative(input));
                    Files.createDirectories(target.toAbsolutePath().getParent());
                    AtomicWrite.write(target, outputEncoding.encode(converted, decoded.encoding(), input.display()));
                    yield new FileResult(input, changed ? Outcome.CONVERTED : Outcome.UNCHANGED, null, null,
                            bytes.length);
                }
                case IN_PLACE -> {
                    if (changed) {
                        byte[] encoded = outputEncoding.encode(converted, decoded.encoding(), input.display());
                        if (backupSuffix != null) {
                            Path backup = input.path().resolveSibling(input.path().getFileName() + backupSuffix);
                            Files.copy(input.path(), backup, StandardCopyOption.REPLACE_EXISTING,
                                    StandardCopyOption.COPY_ATTRIBUTES);
                        }
                        AtomicWrite.write(input.path(), encoded);
                    }
                    yield new FileResult(input, changed ? Outcome.CONVERTED : Outcome.UNCHANGED, null, null,
                            bytes.length);
                }
            };
        } catch (UnencodableCharacterException e) {
            return FileResult.failed(input, e.getMessage() + "; nothing written (choose --output-encoding UTF-8)");
        } catch (IOException e) {
            return FileResult.failed(input, input.display() + ": cannot write: " + e.getMessage()
                    + " (input left untouched)");
        }
    }

    private boolean isUtf8() {
        return !outputEncoding.isKeep() && outputEncoding.charsetFor(null).equals(StandardCharsets.UTF_8);
    }

    /**
     * Whether {@code input} goes through the bounded-memory path: stdin or a large file, written to a file, a
     * directory, in place, or (for one input) to stdout; not with --check, --diff, --explain or --protect, which
     * need the whole text.
     */
    private boolean streams(InputFile input) {
        if (explain || !protectedSpans.protections().isEmpty()) {
            return false;
        }
        if (destination == Destination.CHECK || destination == Destination.DIFF) {
            return false;
        }
        if (destination == Destination.STDOUT && !singleInput) {
            return false;
        }
        if (input.path() == null) {
            return true;
        }
        try {
            return Files.size(input.path()) > STREAMING_THRESHOLD;
        } catch (IOException e) {
            return false;
        }
    }

    /** @param stream the input stream, or null to open the input's file */
    private FileResult processStreaming(InputFile input, InputStream stream) {
        StreamingConversion streaming = new StreamingConversion(converter, inputEncoding, outputEncoding, threads);
        Path target = switch (destination) {
            case FILE -> output;
            case DIRECTORY -> output.resolve(outputRelative(input));
            case IN_PLACE -> input.path();
            default -> null;
        };
        try (InputStream raw = stream != null ? stream : Files.newInputStream(input.path());
             BufferedInputStream in = new BufferedInputStream(raw, 1 << 16)) {
            DetectedEncoding encoding = streaming.detect(in);
            if (encoding.isBinary()) {
                return FileResult.skipped(input, input.display() + ": binary file, not converted ("
                        + encoding.reason() + ")");
            }
            if (target == null) {
                StreamingConversion.Outcome o = isUtf8()
                        ? streaming.convertToText(in, encoding, input.display(), stdoutText)
                        : streaming.convert(in, encoding, input.display(), stdoutBytes);
                return new FileResult(input, o.changed() ? Outcome.CONVERTED : Outcome.UNCHANGED, null, null,
                        o.chars());
            }
            Files.createDirectories(target.toAbsolutePath().getParent());
            try (AtomicFile file = AtomicFile.create(target)) {
                BufferedOutputStream out = new BufferedOutputStream(file.stream(), 1 << 16);
                StreamingConversion.Outcome o = streaming.convert(in, encoding, input.display(), out);
                out.flush();
                if (destination == Destination.IN_PLACE && !o.changed()) {
                    file.abort();
                    return new FileResult(input, Outcome.UNCHANGED, null, null, o.chars());
                }
                if (destination == Destination.IN_PLACE && backupSuffix != null) {
                    Path backup = input.path().resolveSibling(input.path().getFileName() + backupSuffix);
                    Files.copy(input.path(), backup, StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.COPY_ATTRIBUTES);
                }
                file.commit();
                return new FileResult(input, o.changed() ? Outcome.CONVERTED : Outcome.UNCHANGED, null, null,
                        o.chars());
            }
        } catch (NoSuchFileException e) {
            return FileResult.failed(input, input.display() + ": no such file");
        } catch (MalformedInputException e) {
            return FileResult.failed(input, e.getMessage() + "; nothing written (give its encoding with --encoding)");
        } catch (java.nio.charset.CharacterCodingException e) {
            return FileResult.failed(input, input.display() + ": a character cannot be written in "
                    + outputEncoding + "; nothing written (choose --output-encoding UTF-8)");
        } catch (IOException e) {
            return FileResult.failed(input, input.display() + ": " + e.getMessage() + " (input left untouched)");
        }
    }

    /** The path below the output directory: the input's relative path, names converted with --rename. */
    Path outputRelative(InputFile input) {
        Path rel = input.relative();
        if (!rename) {
            return rel;
        }
        Path out = null;
        for (Path part : rel) {
            String name = converter.convert(part.toString());
            out = out == null ? Path.of(name) : out.resolve(name);
        }
        return out;
    }

    private static String diff(InputFile input, String before, String after) {
        List<String> a = Arrays.asList(before.split("\n", -1));
        List<String> b = Arrays.asList(after.split("\n", -1));
        Patch<String> patch = DiffUtils.diff(a, b);
        List<String> lines = UnifiedDiffUtils.generateUnifiedDiff("a/" + input.display(), "b/" + input.display(),
                a, patch, 3);
        return String.join("\n", lines) + "\n";
    }
}
