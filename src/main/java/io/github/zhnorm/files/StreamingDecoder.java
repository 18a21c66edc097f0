package io.github.zhnorm.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;

/**
 * A strict decoding {@link Reader} over a byte stream in bounded memory: malformed input fails with a
 * {@link MalformedInputException} giving the byte offset (counted from {@code startOffset}, e.g. after a BOM).
 */
public final class StreamingDecoder extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder;
    private final String source;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private long consumed;
    private boolean eof;
    private boolean flushed;

    public StreamingDecoder(InputStream in, Charset charset, String source, long startOffset) {
        this.in = in;
        this.decoder = StrictDecoder.reporting(charset);
        this.source = source;
        this.consumed = startOffset;
        bytes.flip();
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        while (out.position() == off) {
            if (!eof && bytes.remaining() < 16) {
                fill();
            }
            int before = bytes.position();
            CoderResult r = decoder.decode(bytes, out, eof);
            consumed += bytes.position() - before;
            if (r.isError()) {
                throw new MalformedInputException(source, decoder.charset().name(), consumed);
            }
            if (eof && !bytes.hasRemaining()) {
                if (!flushed) {
                    r = decoder.flush(out);
                    if (r.isError()) {
                        throw new MalformedInputException(source, decoder.charset().name(), consumed);
                    }
                    flushed = r.isUnderflow();
                }
                if (out.position() == off) {
                    return flushed ? -1 : 0;
                }
            }
        }
        return out.position() - off;
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
