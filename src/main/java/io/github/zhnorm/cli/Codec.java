package io.github.zhnorm.cli;

import io.github.zhnorm.files.StrictDecoder;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Decoding input files and encoding output (placeholder: UTF-8 only, BOM kept). */
final class Codec {
    /** Decoded text with what is needed to write it back the same way. */
    record Decoded(String text, Charset charset, boolean bom) {
    }

    /** A file that is not text. */
    static final class BinaryFileException extends IOException {
        private static final long serialVersionUID = 1L;

        BinaryFileException(String message) {
            super(message);
        }
    }

    private Codec() {
    }

    static Decoded decode(byte[] bytes, String source) throws IOException {
        for (byte b : bytes) {
            if (b == 0) {
                throw new BinaryFileException("binary file (NUL bytes), skipped");
            }
        }
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        String text = StrictDecoder.decode(bom ? java.util.Arrays.copyOfRange(bytes, 3, bytes.length) : bytes,
                StandardCharsets.UTF_8, source);
        return new Decoded(text, StandardCharsets.UTF_8, bom);
    }

    static byte[] encode(String text, Decoded input) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        if (!input.bom()) {
            return body;
        }
        byte[] out = new byte[body.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }

}
