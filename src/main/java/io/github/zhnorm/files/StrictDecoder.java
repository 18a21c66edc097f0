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
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16,
                (long) (bytes.length * (double) decoder.maxCharsPerByte()) + 16));
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            throw new MalformedInputException(source, charset.name(), in.position());
        }
        r = decoder.flush(out);
        if (r.isError()) {
            throw new MalformedInputException(source, charset.name(), in.position());
        }
        out.flip();
        return out.toString();
    }
}
