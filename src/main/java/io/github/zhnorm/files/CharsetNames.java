package io.github.zhnorm.files;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;

/**
 * Turns an encoding name given on the command line into a Java charset, or says clearly what names work; and what
 * such a name implies about byte order and NUL bytes.
 */
final class CharsetNames {
    static final String EXAMPLES = "UTF-8, UTF-16LE, UTF-16BE, GB18030, GBK, Big5, Big5-HKSCS";

    private CharsetNames() {
    }

    /**
     * @param alternative the option's non-charset value to mention in the error ("auto", "keep")
     * @throws IllegalArgumentException if Java knows no charset by that name
     */
    static Charset forName(String name, String alternative) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException("unknown encoding '" + name + "': use " + alternative
                    + " or a Java charset name such as " + EXAMPLES);
        }
    }

    /** The unmarked UTF-16 and UTF-32, whose byte order a byte-order mark gives (big-endian without one). */
    static boolean isUnmarked(Charset charset) {
        return charset.name().equals("UTF-16") || charset.name().equals("UTF-32");
    }

    /** UTF-16BE for UTF-16, UTF-32BE for UTF-32, any other charset as it is. */
    static Charset withByteOrder(Charset charset) {
        return isUnmarked(charset) ? Bom.forCharset(charset).orElseThrow().charset() : charset;
    }

    /** UTF-16 and UTF-32 text is full of NUL bytes, so a NUL says nothing about it being binary. */
    static boolean isWide(Charset charset) {
        String name = charset.name();
        return name.startsWith("UTF-16") || name.startsWith("UTF-32") || name.startsWith("x-UTF-16")
                || name.startsWith("x-UTF-32");
    }
}
