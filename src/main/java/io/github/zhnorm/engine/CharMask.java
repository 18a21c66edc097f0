package io.github.zhnorm.engine;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * An immutable set of chars as a 65536-bit mask: 8 KB, read and written in bulk (start-up reads these before the
 * JIT has compiled anything, so no per-char loop on that path). Thread-safe.
 */
public final class CharMask {
    private static final int WORDS = 65536 / 64;
    private final long[] words;

    private CharMask(long[] words) {
        this.words = words;
    }

    /** The chars c with {@code set[c]}. */
    public static CharMask of(boolean[] set) {
        long[] w = new long[WORDS];
        for (int c = 0; c < set.length; c++) {
            if (set[c]) {
                w[c >>> 6] |= 1L << c;
            }
        }
        return new CharMask(w);
    }

    public boolean contains(char c) {
        return (words[c >>> 6] & (1L << c)) != 0;
    }

    void write(DataOutputStream out) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(WORDS * 8);
        b.asLongBuffer().put(words);
        out.write(b.array());
    }

    static CharMask read(DataInputStream in) throws IOException {
        byte[] raw = new byte[WORDS * 8];
        in.readFully(raw);
        long[] w = new long[WORDS];
        ByteBuffer.wrap(raw).asLongBuffer().get(w);
        return new CharMask(w);
    }
}
