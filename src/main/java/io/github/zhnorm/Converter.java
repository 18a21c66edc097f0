package io.github.zhnorm;

import io.github.zhnorm.config.ConfigException;
import io.github.zhnorm.config.ConfigLoader;
import io.github.zhnorm.engine.ChainSpec;
import io.github.zhnorm.engine.Conversion;
import io.github.zhnorm.engine.ConversionPipeline;
import io.github.zhnorm.engine.StreamConversion;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Converts Chinese text with one configuration, exactly as OpenCC 1.4 applies it: normalization, maximum forward
 * match segmentation, then the chain of dictionary groups on each segment.
 *
 * <pre>{@code
 * String s = Converter.of("tw2sp").convert("滑鼠和軟體");   // 鼠标和软件
 * Converter own = Converter.builder("s2t").addEntries(Map.of("内存", "記憶體")).build();
 * }</pre>
 *
 * <p>Converters are immutable and thread-safe; built-in ones are built once per JVM and shared. Dictionaries load
 * lazily, on first use of a configuration that needs them.
 */
public final class Converter {
    private static final ConcurrentHashMap<OpenccConfig, Converter> BUILTIN = new ConcurrentHashMap<>();

    private static final ConcurrentHashMap<Target, Converter> TARGETS = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<DetectedRegion, Converter> FROM_REGION = new ConcurrentHashMap<>();

    private final String name;
    private final Conversion pipeline;

    Converter(String name, Conversion pipeline) {
        this.name = name;
        this.pipeline = pipeline;
    }

    /**
     * The shared converter that brings any Chinese text — Simplified, Traditional, Taiwan, Hong Kong or mainland
     * style, machine-converted or mixed — to {@code target}'s standard, with all term domains.
     */
    public static Converter to(Target target) {
        return TARGETS.computeIfAbsent(target, t -> Precompiled.load(Precompiled.targetName(t))
                .map(c -> new Converter(t.id(), c))
                .orElseGet(() -> forTarget(t).build()));
    }

    /**
     * As {@link #to(Target)} for a text known to come from {@code source} (see {@link TargetBuilder#from}); the
     * same as {@code to(target)} unless the target is {@link Target#CN} and the source Taiwan or Hong Kong.
     */
    public static Converter to(Target target, DetectedRegion source) {
        if (target != Target.CN || TargetBuilder.sources(source).size() > 1) {
            return to(target);
        }
        return FROM_REGION.computeIfAbsent(source, r -> Precompiled.load(Precompiled.targetName(target, r))
                .map(c -> new Converter(target.id() + " (from " + r.name().toLowerCase(java.util.Locale.ROOT) + ")",
                        c))
                .orElseGet(() -> forTarget(target).from(r).build()));
    }

    /** A builder for a target with chosen term domains or characters only. */
    public static TargetBuilder forTarget(Target target) {
        return new TargetBuilder(target);
    }

    /** The shared converter for a built-in configuration. */
    public static Converter of(OpenccConfig config) {
        return BUILTIN.computeIfAbsent(config, c -> new Converter(c.id(),
                Precompiled.load(Precompiled.builtinName(c))
                        .orElseGet(() -> ConversionPipeline.compile(ConfigLoader.builtin(c.id())))));
    }

    /**
     * A converter by OpenCC configuration name ({@code s2t}, {@code tw2sp}, …) or by the path of an OpenCC JSON
     * configuration file.
     *
     * @throws ConfigException for an unknown name or an unusable file (the message lists the valid names)
     */
    public static Converter of(String config) {
        Objects.requireNonNull(config, "config");
        var builtin = OpenccConfig.byId(config);
        if (builtin.isPresent()) {
            return of(builtin.get());
        }
        Path path = pathOrNull(config);
        if (path != null) {
            return ofConfigFile(path);
        }
        throw unknown(config);
    }

    /** A converter for an OpenCC JSON configuration file (dictionaries resolved relative to it). */
    public static Converter ofConfigFile(Path config) {
        return ofConfigFile(config, false);
    }

    /**
     * Like {@link #ofConfigFile(Path)}; with {@code includeTofuRisk} the dictionaries marked
     * {@code may_output_tofu} (rare characters many fonts lack) are used too, as OpenCC's
     * {@code --include-tofu-risk-dictionaries} does.
     */
    public static Converter ofConfigFile(Path config, boolean includeTofuRisk) {
        return new ConverterBuilder(config.toString(), ConfigLoader.file(config, includeTofuRisk)).build();
    }

    /** A builder starting from a built-in configuration. */
    public static ConverterBuilder builder(OpenccConfig config) {
        return new ConverterBuilder(config.id(), ConfigLoader.builtin(config.id()));
    }

    /** A builder starting from a configuration name or JSON file path. */
    public static ConverterBuilder builder(String config) {
        var builtin = OpenccConfig.byId(config);
        if (builtin.isPresent()) {
            return builder(builtin.get());
        }
        Path path = pathOrNull(config);
        if (path == null) {
            throw unknown(config);
        }
        return builderForFile(path);
    }

    private static ConverterBuilder builderForFile(Path config) {
        return new ConverterBuilder(config.toString(), ConfigLoader.file(config, false));
    }

    private static Path pathOrNull(String config) {
        if (config.endsWith(".json")) {
            return Path.of(config);
        }
        try {
            Path p = Path.of(config);
            return Files.isRegularFile(p) ? p : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static ConfigException unknown(String config) {
        return new ConfigException("unknown configuration '" + config + "'; valid: " + OpenccConfig.ids()
                + ", or the path of an OpenCC .json configuration");
    }

    /**
     * True when text may be cut right after {@code c} without changing the result: converting the pieces
     * separately equals converting the whole (what the streaming methods rely on).
     */
    public boolean isSafeBreak(char c) {
        return pipeline.isSafeBreak(c);
    }

    /**
     * For converting a long text in pieces (in parallel): the state a conversion carries from piece to piece
     * before any text. Pieces must be cut where {@link #isSafeBreak} allows.
     */
    public long initialState() {
        return pipeline.initialState();
    }

    /** Whether pieces of one text carry a state from one to the next at all (else it can be ignored). */
    public boolean carriesState() {
        return pipeline.carriesState();
    }

    /** The carried state after {@code text[from, to)} given the state before it (cheap: no conversion). */
    public long stateAfter(char[] text, int from, int to, long before) {
        return pipeline.stateAfter(text, from, to, before);
    }

    /** Converts one piece of a longer text, starting from the state the earlier pieces left. */
    public String convertPiece(String piece, long stateBefore) {
        char[] in = piece.toCharArray();
        io.github.zhnorm.engine.CharBuf out = new io.github.zhnorm.engine.CharBuf(in.length + (in.length >> 3));
        io.github.zhnorm.engine.Scratch scratch = new io.github.zhnorm.engine.Scratch(stateBefore);
        pipeline.convert(in, 0, in.length, out, scratch);
        return scratch.changed() ? out.toString() : piece;
    }

    /** The conversion behind this converter (for the CLI's explain and streaming code). */
    Conversion conversion() {
        return pipeline;
    }

    static Converter compile(String name, ChainSpec spec) {
        return new Converter(name, ConversionPipeline.compile(spec));
    }

    /** The configuration's name or file. */
    public String name() {
        return name;
    }

    /** Converts {@code text}; returns {@code text} itself when no dictionary replaced anything in it. */
    public String convert(String text) {
        return pipeline.convert(Objects.requireNonNull(text, "text"));
    }

    /**
     * Every replacement converting {@code text} makes, in order, with the dictionary that decided it. A stage
     * that rewrites the output of an earlier one reports against the same original span.
     */
    public java.util.List<Replacement> explain(String text) {
        java.util.List<Replacement> out = new java.util.ArrayList<>();
        char[] in = text.toCharArray();
        pipeline.explain(in, 0, in.length, new io.github.zhnorm.engine.Scratch(),
                (s, e, result, dict) -> out.add(new Replacement(s, e, text.substring(s, e), result, dict)));
        return out;
    }

    /**
     * Converts a stream in bounded memory; the output equals {@link #convert(String)} on the whole text. Cuts fall
     * only where no dictionary entry could reach across, so no phrase or surrogate pair is split. Flushes
     * {@code out}; closes neither stream.
     */
    public void convert(Reader in, Writer out) throws IOException {
        StreamConversion.convert(pipeline, in, out);
    }

    /** Like {@link #convert(Reader, Writer)} with a given initial buffer size in chars (for tests and tuning). */
    public void convert(Reader in, Writer out, int bufferChars) throws IOException {
        StreamConversion.convert(pipeline, in, out, bufferChars);
    }

    @Override
    public String toString() {
        return "Converter[" + name + "]";
    }
}
