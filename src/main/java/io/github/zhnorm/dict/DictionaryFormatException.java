package io.github.zhnorm.dict;

/** A dictionary or configuration that cannot be loaded: names the source and, where known, the line. */
public class DictionaryFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DictionaryFormatException(String message) {
        super(message);
    }

    public DictionaryFormatException(String message, Throwable cause) {
        super(message, cause);
    }

    static DictionaryFormatException atLine(String source, int line, String problem) {
        return new DictionaryFormatException(source + ":" + line + ": " + problem);
    }
}
