package io.github.zhnorm.files;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/** Decodes bytes refusing anything malformed, and says at which byte offset it went wrong. */
public final class StrictDecoder {
    private StrictDecoder() {
    }

    public static String decode(byte[] bytes, Charset charset, String source) throws MalformedInputException {
        return decode(bytes, 0, charset, source);
    }

    /**
     * Decodes {@code bytes} from {@code offset} on (past a byte-order mark, say); a reported offset counts from the
     * start of {@code bytes}, not from {@code offset}.
     */
    public static String decode(byte[] bytes, int offset, Charset charset, String source)
            throws MalformedInputException {
        CharsetDecoder decoder = reporting(charset);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = outputFor(bytes.length - offset, decoder);
        boolean flushing = false;
        while (true) {
            CoderResult r = flushing ? decoder.flush(out) : decoder.decode(in, out, true);
            if (r.isError()) {
                throw new MalformedInputException(source, charset.name(), in.position());
            }
            if (r.isOverflow()) {
                out = grow(out);
            } else if (flushing) {
                break;
            } else {
                flushing = true;
            }
        }
        out.flip();
        return out.toString();
    }

    /** A decoder that reports malformed and unmappable input instead of replacing it. */
    static CharsetDecoder reporting(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** An output buffer large enough for {@code byteCount} bytes in the usual case. */
    static CharBuffer outputFor(int byteCount, CharsetDecoder decoder) {
        return CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16,
                (long) (byteCount * (double) decoder.maxCharsPerByte()) + 16));
    }

    static CharBuffer grow(CharBuffer out) {
        CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
        out.flip();
        return bigger.put(out);
    }
}
