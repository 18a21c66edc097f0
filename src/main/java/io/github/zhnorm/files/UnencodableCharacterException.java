package io.github.zhnorm.files;

import java.io.IOException;

/** Text holding a character the output encoding cannot represent; says which character and where it is. */
public final class UnencodableCharacterException extends IOException {
    private static final long serialVersionUID = 1L;
    private final int codePoint;
    private final int line;
    private final int column;

    /**
     * @param line   1-based
     * @param column 1-based, in characters (code points) from the start of the line
     */
    public UnencodableCharacterException(String source, String encoding, int codePoint, int line, int column) {
        super(source + ": " + describe(codePoint) + " at line " + line + ", column " + column
                + " cannot be written in " + encoding);
        this.codePoint = codePoint;
        this.line = line;
        this.column = column;
    }

    public int codePoint() {
        return codePoint;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    private static String describe(int codePoint) {
        String hex = String.format("U+%04X", codePoint);
        boolean printable = Character.isValidCodePoint(codePoint) && !Character.isISOControl(codePoint)
                && Character.getType(codePoint) != Character.SURROGATE
                && Character.getType(codePoint) != Character.UNASSIGNED;
        return printable ? "'" + new String(Character.toChars(codePoint)) + "' (" + hex + ")" : hex;
    }
}
