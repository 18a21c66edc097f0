package io.github.zhnorm.files;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;

/**
 * Bytes decoded as far as they go: every malformed or unmappable sequence becomes U+FFFD and is counted, so that
 * charsets can be compared on how well they read the same bytes.
 */
record TrialDecoding(Charset charset, String text, int errors, long firstErrorOffset) {

    static TrialDecoding of(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = StrictDecoder.reporting(charset);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = StrictDecoder.outputFor(bytes.length - offset, decoder);
        int errors = 0;
        long first = -1;
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                if (first < 0) {
                    first = in.position();
                }
                errors++;
                in.position(in.position() + r.length());
                out.put('\uFFFD');
            } else if (r.isOverflow()) {
                out = StrictDecoder.grow(out);
            } else {
                break;
            }
        }
        while (decoder.flush(out).isOverflow()) {
            out = StrictDecoder.grow(out);
        }
        out.flip();
        return new TrialDecoding(charset, out.toString(), errors, first);
    }

    boolean isValid() {
        return errors == 0;
    }
}
