package io.github.zhnorm.terms;

/**
 * One regional term and its mainland counterpart, as written in a term map.
 *
 * @param regional the term as the region writes it (Traditional)
 * @param mainland the mainland term (Simplified)
 * @param oneway   used only toward the mainland
 * @param tradOnly matched only in Traditional spelling
 * @param source   file and line, for explanations
 */
public record TermEntry(String regional, String mainland, boolean oneway, boolean tradOnly, Region region,
                        Domain domain, String source) {
}
