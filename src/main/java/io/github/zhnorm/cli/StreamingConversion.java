package io.github.zhnorm.cli;

import io.github.zhnorm.Converter;
import io.github.zhnorm.files.Bom;
import io.github.zhnorm.files.DetectedEncoding;
import io.github.zhnorm.files.InputEncoding;
import io.github.zhnorm.files.OutputEncoding;
import io.github.zhnorm.files.StreamingDecoder;
import io.github.zhnorm.protect.MarkerStream;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.Optional;

/**
 * Converts one large input in bounded memory: the encoding is detected on the first megabyte, the text is decoded,
 * converted and encoded chunk by chunk, and chunks are cut only where the conversion allows a cut (so the output
 * equals converting the whole text). zhnorm:off / zhnorm:on markers are honoured across chunks.
 */
final class StreamingConversion {
    static final int PREFIX = 1 << 20;
    private static final int CHUNK = 1 << 20;

    private final Converter converter;
    private final InputEncoding inputEncoding;
    private final OutputEncoding outputEncoding;

    StreamingConversion(Converter converter, InputEncoding inputEncoding, OutputEncoding outputEncoding) {
        this.converter = converter;
        this.inputEncoding = inputEncoding;
        this.outputEncoding = outputEncoding;
    }

    /** What a streamed conversion found. */
    record Outcome(DetectedEncoding encoding, boolean changed, long bytes) {
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
        MarkerStream markers = new MarkerStream();
        char[] buf = new char[CHUNK];
        int len = 0;
        long chars = 0;
        boolean changed = false;
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
            changed |= write(new String(buf, 0, cut), markers, writer);
            System.arraycopy(buf, cut, buf, 0, len - cut);
            chars += cut;
            len -= cut;
        }
        if (len > 0) {
            changed |= write(new String(buf, 0, len), markers, writer);
            chars += len;
        }
        writer.flush();
        return new Outcome(encoding, changed, chars);
    }

    private boolean write(String piece, MarkerStream markers, Writer writer) throws IOException {
        String converted = markers.convert(piece, converter::convert);
        writer.write(converted);
        return converted != piece && !converted.equals(piece);
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
