package io.github.zhnorm.config;

/** A configuration that cannot be used: unknown name, unreadable or invalid file, unsupported dictionary type. */
public class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
