package io.github.zhnorm.engine;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;

/**
 * Converts a character stream in bounded memory. Input is cut only right after a character that no dictionary of
 * the pipeline contains (see {@link Conversion#isSafeBreak}), so no phrase, segment or surrogate pair is
 * ever broken and the output equals converting the whole text at once. A stretch with no such character grows the
 * buffer until one appears.
 */
public final class StreamConversion {
    public static final int DEFAULT_BUFFER = 64 * 1024;

    private StreamConversion() {
    }

    public static void convert(Conversion pipeline, Reader in, Writer out) throws IOException {
        convert(pipeline, in, out, DEFAULT_BUFFER);
    }

    public static void convert(Conversion pipeline, Reader in, Writer out, int bufferSize)
            throws IOException {
        char[] buf = new char[Math.max(2, bufferSize)];
        int len = 0;
        CharBuf converted = new CharBuf(buf.length + (buf.length >> 2));
        Scratch scratch = new Scratch();
        while (true) {
            int n = in.read(buf, len, buf.length - len);
            if (n < 0) {
                break;
            }
            len += n;
            if (len < buf.length) {
                continue;
            }
            int cut = lastSafeCut(pipeline, buf, len);
            if (cut == 0) {
                buf = java.util.Arrays.copyOf(buf, buf.length * 2);
                continue;
            }
            converted.clear();
            pipeline.convert(buf, 0, cut, converted, scratch);
            out.write(converted.array(), 0, converted.length());
            System.arraycopy(buf, cut, buf, 0, len - cut);
            len -= cut;
        }
        if (len > 0) {
            converted.clear();
            pipeline.convert(buf, 0, len, converted, scratch);
            out.write(converted.array(), 0, converted.length());
        }
        out.flush();
    }

    /** Position just after the last safe break in {@code buf[0, len)}, or 0 if there is none. */
    static int lastSafeCut(Conversion pipeline, char[] buf, int len) {
        for (int i = len - 1; i >= 0; i--) {
            if (pipeline.isSafeBreak(buf[i])) {
                return i + 1;
            }
        }
        return 0;
    }
}
