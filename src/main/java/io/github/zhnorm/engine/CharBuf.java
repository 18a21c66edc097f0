package io.github.zhnorm.engine;

import java.util.Arrays;

/** A growable char array: the engine's output buffer, readable in place by the next stage. Not thread-safe. */
public final class CharBuf implements CharSequence {
    private char[] chars;
    private int length;

    public CharBuf(int capacity) {
        chars = new char[Math.max(16, capacity)];
    }

    public char[] array() {
        return chars;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (index >= length) {
            throw new IndexOutOfBoundsException(index);
        }
        return chars[index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new String(chars, start, end - start);
    }

    public void clear() {
        length = 0;
    }

    /** Makes room for {@code n} more chars; {@link #array()} may change. */
    public void ensureFree(int n) {
        if (length + n > chars.length) {
            grow(n);
        }
    }

    /** Sets the length after writing into {@link #array()} directly. */
    public void setLength(int n) {
        if (n < 0 || n > chars.length) {
            throw new IndexOutOfBoundsException(n);
        }
        length = n;
    }

    public void append(char c) {
        if (length == chars.length) {
            grow(1);
        }
        chars[length++] = c;
    }

    public void append(char[] src, int off, int n) {
        if (length + n > chars.length) {
            grow(n);
        }
        System.arraycopy(src, off, chars, length, n);
        length += n;
    }

    public void append(String s) {
        int n = s.length();
        if (length + n > chars.length) {
            grow(n);
        }
        s.getChars(0, n, chars, length);
        length += n;
    }

    private void grow(int extra) {
        long want = Math.max((long) chars.length * 2, (long) length + extra);
        if (want > Integer.MAX_VALUE - 16) {
            throw new OutOfMemoryError("text too large for one buffer");
        }
        chars = Arrays.copyOf(chars, (int) want);
    }

    /** True when the content from {@code start} on equals {@code src[from, to)}. */
    public boolean regionEquals(int start, char[] src, int from, int to) {
        if (length - start != to - from) {
            return false;
        }
        for (int i = 0; i < to - from; i++) {
            if (chars[start + i] != src[from + i]) {
                return false;
            }
        }
        return true;
    }

    /** True when the content equals {@code s}. */
    public boolean contentEquals(String s) {
        if (s.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (chars[i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}
