package io.github.zhnorm;

/**
 * One replacement a conversion made: the original text at {@code [start, end)} (char offsets), what it became at
 * that stage, and the dictionary (file, and for term maps the region and domain) that decided it.
 */
public record Replacement(int start, int end, String source, String result, String dictionary) {
}
