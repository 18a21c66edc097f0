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
 * Converts one large input in bounded memory, on several cores: the encoding is detected on the first megabyte;
 * this thread decodes the text and cuts it into chunks where the conversion allows a cut, and computes, cheaply,
 * the state each chunk starts in (the script carried from sentence to sentence, an open zhnorm:off region);
 * worker threads convert the chunks; this thread writes them in order. The output equals converting the whole
 * text at once.
 */
final class StreamingConversion {
    static final int PREFIX = 1 << 20;
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

    /** Detects the encoding on the first megabyte; returns a binary detection for a binary input. */
    DetectedEncoding detect(BufferedInputStream in) throws IOException {
        in.mark(PREFIX + 1);
        byte[] prefix = in.readNBytes(PREFIX);
        in.reset();
        if (prefix.length == PREFIX) {
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
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, outCharset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        return convert(in, encoding, source, writer);
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
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "zhnorm-chunk");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<Piece>> pending = new ArrayDeque<>();
        boolean[] changed = {false};
        long chars = 0;
        long state = converter.initialState();
        boolean off = false;
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
                List<Span> spans = MarkerStream.spans(chunk, off);
                off = MarkerStream.openAfter(chunk, off);
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
                List<Span> spans = MarkerStream.spans(chunk, off);
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
     * The state after a chunk. Outside protected spans the conversion carries its state on; as in a whole-text
     * conversion with protected spans, each unprotected piece after a protected span starts afresh.
     */
    private long stateAfter(String chunk, List<Span> spans, long before) {
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
        return new Piece(converted, !converted.equals(chunk));
    }

    private static void write(Future<Piece> f, Writer writer, boolean[] changed) throws IOException {
        Piece p;
        try {
            p = f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw new IOException("conversion failed: " + e.getCause(), e.getCause());
        }
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
