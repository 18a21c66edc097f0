package io.github.zhnorm.cli;

import io.github.zhnorm.Converter;
import io.github.zhnorm.files.Bom;
import io.github.zhnorm.files.DetectedEncoding;
import io.github.zhnorm.files.InputEncoding;
import io.github.zhnorm.files.OutputEncoding;
import io.github.zhnorm.files.StreamingDecoder;
import io.github.zhnorm.protect.MarkerStream;
import io.github.zhnorm.protect.ProtectingConverter;
import io.github.zhnorm.protect.Span;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Converts one large input in bounded memory, on several cores: the encoding is detected on the first 64 KB;
 * this thread decodes the text and cuts it into chunks where the conversion allows a cut, and computes, cheaply,
 * the state each chunk starts in (the script carried from sentence to sentence, an open zhnorm:off region);
 * worker threads convert the chunks; this thread writes them in order. The output equals converting the whole
 * text at once.
 */
final class StreamingConversion {
    static final int PREFIX = 1 << 20;
    static final int SAMPLE = 1 << 16;
    private static final int CHUNK = 1 << 20;

    private final Converter converter;
    private final InputEncoding inputEncoding;
    private final OutputEncoding outputEncoding;
    private final int threads;

    StreamingConversion(Converter converter, InputEncoding inputEncoding, OutputEncoding outputEncoding, int threads) {
        this.converter = converter;
        this.inputEncoding = inputEncoding;
        this.outputEncoding = outputEncoding;
        this.threads = Math.max(1, threads);
    }

    /** What a streamed conversion found. */
    record Outcome(DetectedEncoding encoding, boolean changed, long chars) {
    }

    /** One converted chunk. */
    private record Piece(String text, boolean changed) {
    }

    /**
     * Detects the encoding on the first {@link #SAMPLE} bytes (tens of thousands of characters: as sure as a larger
     * sample, and quick before the JIT has warmed up; the strict decoding of the rest reports any later byte the
     * encoding cannot read); returns a binary detection for a binary input.
     */
    DetectedEncoding detect(BufferedInputStream in) throws IOException {
        in.mark(SAMPLE + 1);
        byte[] prefix = in.readNBytes(SAMPLE);
        in.reset();
        if (prefix.length == SAMPLE) {
            // end the sample on a character boundary: after a byte below 0x30, which is never part of a
            // multi-byte sequence in UTF-8, GB18030 or Big5
            int end = prefix.length;
            while (end > 0 && (prefix[end - 1] & 0xFF) >= 0x30) {
                end--;
            }
            if (end > 0) {
                prefix = Arrays.copyOf(prefix, end);
            }
        }
        return inputEncoding.resolve(prefix);
    }

    /** Streams {@code in} (positioned at its start, encoding already detected) converted into {@code out}. */
    Outcome convert(BufferedInputStream in, DetectedEncoding encoding, String source, OutputStream out)
            throws IOException {
        Charset outCharset = outputEncoding.charsetFor(encoding);
        Optional<Bom> bom = outputEncoding.bomFor(encoding);
        if (bom.isPresent()) {
            out.write(bom.get().bytes());
        }
        if (lineCutsWork(encoding.charset()) && converter.isSafeBreak('\n')) {
            return convertByLines(in, encoding, source, out, outCharset);
        }
        return convert(in, encoding, source, strictWriter(out, outCharset));
    }

    /** Streams {@code in} converted into a character stream (UTF-8 output: a BOM is written as U+FEFF). */
    Outcome convertToText(BufferedInputStream in, DetectedEncoding encoding, String source, Writer out)
            throws IOException {
        if (outputEncoding.bomFor(encoding).isPresent()) {
            out.write('\uFEFF');
        }
        return convert(in, encoding, source, out);
    }

    private Outcome convert(BufferedInputStream in, DetectedEncoding encoding, String source, Writer writer)
            throws IOException {
        long skipped = in.skip(encoding.bomLength());
        Reader reader = new StreamingDecoder(in, encoding.charset(), source, skipped);
        return convertChars(reader, encoding, writer, converter.initialState(), false);
    }

    /** The character path: decoding here, chunks cut at safe characters, conversion on the workers. */
    private Outcome convertChars(Reader reader, DetectedEncoding encoding, Writer writer, long initialState,
                                 boolean initiallyOff) throws IOException {
        ExecutorService pool = newPool();
        Deque<Future<Piece>> pending = new ArrayDeque<>();
        boolean[] changed = {false};
        long chars = 0;
        long state = initialState;
        boolean off = initiallyOff;
        char[] buf = new char[CHUNK];
        int len = 0;
        try {
            while (true) {
                int n = reader.read(buf, len, buf.length - len);
                if (n < 0) {
                    break;
                }
                len += n;
                if (len < buf.length) {
                    continue;
                }
                int cut = lastCut(buf, len);
                if (cut == 0) {
                    buf = Arrays.copyOf(buf, buf.length * 2);
                    continue;
                }
                String chunk = new String(buf, 0, cut);
                MarkerStream.Scan scan = MarkerStream.scan(chunk, off);
                List<Span> spans = scan.spans();
                off = scan.openAfter();
                long before = state;
                state = stateAfter(chunk, spans, before);
                pending.add(pool.submit(() -> convertChunk(chunk, spans, before)));
                chars += cut;
                System.arraycopy(buf, cut, buf, 0, len - cut);
                len -= cut;
                while (pending.size() > threads + 1) {
                    write(pending.poll(), writer, changed);
                }
            }
            if (len > 0) {
                String chunk = new String(buf, 0, len);
                List<Span> spans = MarkerStream.scan(chunk, off).spans();
                long before = state;
                pending.add(pool.submit(() -> convertChunk(chunk, spans, before)));
                chars += len;
            }
            while (!pending.isEmpty()) {
                write(pending.poll(), writer, changed);
            }
            writer.flush();
            return new Outcome(encoding, changed[0], chars);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Byte encodings where a 0x0A byte is always a line feed, never part of a multi-byte character: the input
     * can be cut into chunks before decoding, so decoding, conversion and encoding all run on the workers.
     */
    private static boolean lineCutsWork(Charset cs) {
        String n = cs.name();
        return n.equals("UTF-8") || n.equals("GB18030") || n.equals("GBK") || n.equals("GB2312")
                || n.equals("Big5") || n.equals("Big5-HKSCS") || n.equals("US-ASCII") || n.startsWith("ISO-8859")
                || n.startsWith("windows-125");
    }

    /** A chunk of input bytes (whole lines) with its offset in the file, and its decoded text once decoded. */
    private record ByteChunk(byte[] bytes, long offset) {
    }

    private Outcome convertByLines(BufferedInputStream in, DetectedEncoding encoding, String source,
                                   OutputStream out, Charset outCharset) throws IOException {
        long offset = in.skip(encoding.bomLength());
        Charset inCharset = encoding.charset();
        ExecutorService pool = newPool();
        Deque<Future<String>> decoded = new ArrayDeque<>();
        Deque<Future<Encoded>> converted = new ArrayDeque<>();
        boolean[] changed = {false};
        long chars = 0;
        long state = converter.initialState();
        boolean off = false;
        byte[] buf = new byte[CHUNK];
        int len = 0;
        try {
            boolean eof = false;
            while (!eof || len > 0 || !decoded.isEmpty()) {
                if (!eof) {
                    int n = in.read(buf, len, buf.length - len);
                    if (n < 0) {
                        eof = true;
                    } else {
                        len += n;
                    }
                }
                if (len > 0 && (len == buf.length || eof)) {
                    int cut = eof ? len : lastLineFeed(buf, len);
                    if (cut == 0) {
                        // a line longer than a chunk: finish what is queued, then go on with the character path
                        // (which cuts at safe characters inside lines) in the same state
                        while (!decoded.isEmpty()) {
                            String text = await(decoded.poll());
                            MarkerStream.Scan scan = MarkerStream.scan(text, off);
                            off = scan.openAfter();
                            long before = state;
                            state = stateAfter(text, scan.spans(), before);
                            chars += text.length();
                            converted.add(pool.submit(() -> encoded(convertChunk(text, scan.spans(), before),
                                    outCharset, source)));
                        }
                        while (!converted.isEmpty()) {
                            changed[0] |= writeBytes(converted.poll(), out, outCharset, source);
                        }
                        Reader rest = new StreamingDecoder(new java.io.SequenceInputStream(
                                new java.io.ByteArrayInputStream(buf, 0, len), in), inCharset, source, offset);
                        Outcome tail = convertChars(rest, encoding, strictWriter(out, outCharset), state, off);
                        return new Outcome(encoding, changed[0] || tail.changed(), chars + tail.chars());
                    }
                    ByteChunk chunk = new ByteChunk(Arrays.copyOf(buf, cut), offset);
                    decoded.add(pool.submit(() -> decode(chunk, inCharset, source)));
                    offset += cut;
                    System.arraycopy(buf, cut, buf, 0, len - cut);
                    len -= cut;
                }
                // in order: the state each chunk starts in, then its conversion
                while (!decoded.isEmpty() && (decoded.size() > threads || (eof && len == 0))) {
                    String text = await(decoded.poll());
                    MarkerStream.Scan scan = MarkerStream.scan(text, off);
                    List<Span> spans = scan.spans();
                    off = scan.openAfter();
                    long before = state;
                    state = stateAfter(text, spans, before);
                    chars += text.length();
                    converted.add(pool.submit(() -> encoded(convertChunk(text, spans, before), outCharset,
                            source)));
                    while (converted.size() > threads) {
                        changed[0] |= writeBytes(converted.poll(), out, outCharset, source);
                    }
                }
            }
            while (!converted.isEmpty()) {
                changed[0] |= writeBytes(converted.poll(), out, outCharset, source);
            }
            out.flush();
            return new Outcome(encoding, changed[0], chars);
        } finally {
            pool.shutdownNow();
        }
    }

    /** A buffered writer that fails on a character {@code charset} cannot hold. */
    private static Writer strictWriter(OutputStream out, Charset charset) {
        return new BufferedWriter(new OutputStreamWriter(out, charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
    }

    private ExecutorService newPool() {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "zhnorm-chunk");
            t.setDaemon(true);
            return t;
        });
    }

    private static String decode(ByteChunk chunk, Charset charset, String source) {
        try {
            if (charset.name().equals("UTF-8")) {
                // the JDK's fast path; strict check: a U+FFFD in the result means malformed input (or a real
                // U+FFFD, which the strict decoder then lets through)
                String s = new String(chunk.bytes(), java.nio.charset.StandardCharsets.UTF_8);
                if (s.indexOf('\uFFFD') < 0) {
                    return s;
                }
            }
            return io.github.zhnorm.files.StrictDecoder.decode(chunk.bytes(), 0, charset, source);
        } catch (io.github.zhnorm.files.MalformedInputException e) {
            throw new UncheckedIOException(new io.github.zhnorm.files.MalformedInputException(source,
                    charset.name(), chunk.offset() + e.byteOffset()));
        }
    }

    private static int lastLineFeed(byte[] buf, int len) {
        for (int i = len - 1; i >= 0; i--) {
            if (buf[i] == '\n') {
                return i + 1;
            }
        }
        return 0;
    }

    /** A converted chunk already encoded (on the worker). */
    private record Encoded(byte[] bytes, boolean changed) {
    }

    private static Encoded encoded(Piece p, Charset charset, String source) {
        try {
            return new Encoded(encode(p.text(), charset, source), p.changed());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean writeBytes(Future<Encoded> f, OutputStream out, Charset charset, String source)
            throws IOException {
        Encoded e = await(f);
        out.write(e.bytes());
        return e.changed();
    }

    private static byte[] encode(String text, Charset charset, String source) throws IOException {
        if (charset.name().equals("UTF-8")) {
            return text.getBytes(java.nio.charset.StandardCharsets.UTF_8); // exact: the text has no lone surrogates
        }
        return io.github.zhnorm.files.StrictEncoder.encode(text, charset, source);
    }

    private static <T> T await(Future<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw new IOException("conversion failed: " + e.getCause(), e.getCause());
        }
    }

    /**
     * The state after a chunk. Outside protected spans the conversion carries its state on; as in a whole-text
     * conversion with protected spans, each unprotected piece after a protected span starts afresh.
     */
    private long stateAfter(String chunk, List<Span> spans, long before) {
        if (!converter.carriesState()) {
            return before;
        }
        char[] text = chunk.toCharArray();
        if (spans.isEmpty()) {
            return converter.stateAfter(text, 0, text.length, before);
        }
        Span last = spans.get(spans.size() - 1);
        return converter.stateAfter(text, last.end(), text.length, converter.initialState());
    }

    private Piece convertChunk(String chunk, List<Span> spans, long before) {
        boolean[] first = {true};
        boolean startsProtected = !spans.isEmpty() && spans.get(0).start() == 0;
        String converted = ProtectingConverter.convert(chunk, spans, piece -> {
            long start = first[0] && !startsProtected ? before : converter.initialState();
            first[0] = false;
            return converter.convertPiece(piece, start);
        });
        return new Piece(converted, converted != chunk); // unchanged text comes back as the same instance
    }

    private static void write(Future<Piece> f, Writer writer, boolean[] changed) throws IOException {
        Piece p = await(f);
        changed[0] |= p.changed();
        writer.write(p.text());
    }

    private int lastCut(char[] buf, int len) {
        for (int i = len - 1; i >= 0; i--) {
            char c = buf[i];
            if ((c == '\n' || c == '\r' || c == '。') && converter.isSafeBreak(c)) {
                return i + 1;
            }
        }
        for (int i = len - 1; i >= 0; i--) {
            char c = buf[i];
            // never inside a zhnorm:off / zhnorm:on marker
            if (converter.isSafeBreak(c) && !Character.isLetterOrDigit(c) && c != ':' && c != '_') {
                return i + 1;
            }
        }
        return 0;
    }
}
