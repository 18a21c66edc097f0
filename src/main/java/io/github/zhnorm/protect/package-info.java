/**
 * Keeping spans of text exactly as they are while the rest is converted: Markdown code, URLs, e-mail addresses,
 * user regular expressions, and regions between {@code zhnorm:off} and {@code zhnorm:on} markers.
 *
 * <pre>{@code
 * ProtectedSpans spans = ProtectedSpans.of(Protection.parse("code,urls"));
 * String out = ProtectingConverter.of(Converter.of("s2t"), spans).convert(markdown);
 * }</pre>
 *
 * <h2>Markers</h2>
 * Whatever protections are chosen, the text from a {@code zhnorm:off} marker (inclusive) to the next
 * {@code zhnorm:on} marker (inclusive), or to the end of the text when none follows, is kept. A marker is the exact,
 * lower-case word {@code zhnorm:off} or {@code zhnorm:on}, not preceded or followed by an ASCII letter, digit or
 * {@code _}; it may sit anywhere, typically in a comment ({@code <!-- zhnorm:off -->}, {@code // zhnorm:off},
 * {@code # zhnorm:on}). Further {@code zhnorm:off} markers inside an off region, and {@code zhnorm:on} markers outside
 * one, change nothing. A marker lying inside a span protected by a chosen protection (say, {@code `zhnorm:off`} in
 * inline code with {@code code} protected) is text being quoted, not a marker.
 */
package io.github.zhnorm.protect;
