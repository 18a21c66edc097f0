package io.github.zhnorm.files;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;

/**
 * Encodes text refusing any character the charset cannot hold, and says which one and at which line and column.
 * Nothing else is changed: line endings and every other character go out as they are.
 */
public final class StrictEncoder {
    private StrictEncoder() {
    }

    public static byte[] encode(String text, Charset charset, String source) throws UnencodableCharacterException {
        CharsetEncoder encoder = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer in = CharBuffer.wrap(text);
        ByteBuffer out = ByteBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16,
                (long) (text.length() * (double) encoder.averageBytesPerChar()) + 16));
        while (true) {
            CoderResult r = in.hasRemaining() ? encoder.encode(in, out, true) : CoderResult.UNDERFLOW;
            if (r.isUnderflow()) {
                r = encoder.flush(out);
                if (r.isUnderflow()) {
                    break;
                }
            }
            if (r.isError()) {
                throw unencodable(text, in.position(), charset, source);
            }
            out = grow(out);
        }
        return Arrays.copyOf(out.array(), out.position());
    }

    private static UnencodableCharacterException unencodable(String text, int index, Charset charset,
                                                             String source) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        int column = text.codePointCount(lineStart, index) + 1;
        return new UnencodableCharacterException(source, charset.name(), text.codePointAt(index), line, column);
    }

    private static ByteBuffer grow(ByteBuffer out) {
        ByteBuffer bigger = ByteBuffer.allocate(out.capacity() * 2 + 16);
        out.flip();
        return bigger.put(out);
    }
}
