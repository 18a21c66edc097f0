package io.github.zhnorm;

import io.github.zhnorm.engine.Conversion;
import io.github.zhnorm.terms.Domain;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Builds a {@link Converter} for a {@link Target}: all term domains by default, some switched off, or characters
 * only. Not thread-safe; the converters it builds are.
 *
 * <pre>{@code
 * Converter c = Converter.forTarget(Target.CN).withoutDomain(Domain.NAMES).build();
 * }</pre>
 */
public final class TargetBuilder {
    private final Target target;
    private final Set<Domain> domains = EnumSet.allOf(Domain.class);
    private boolean charactersOnly;
    private DetectedRegion source = DetectedRegion.UNKNOWN;

    TargetBuilder(Target target) {
        this.target = Objects.requireNonNull(target, "target");
    }

    /** Leaves out one domain of term maps (e.g. people's names). */
    public TargetBuilder withoutDomain(Domain domain) {
        domains.remove(domain);
        return this;
    }

    /** Converts characters only: no vocabulary replacement (artifact fixes still apply). */
    public TargetBuilder charactersOnly() {
        charactersOnly = true;
        return this;
    }

    /**
     * Where the text comes from, for {@link Target#CN}: {@code TW} or {@code HK} uses only that region's term maps
     * (a Hong Kong word that is an ordinary Taiwan word is then left alone in Taiwan text); anything else uses both.
     */
    public TargetBuilder from(DetectedRegion region) {
        source = Objects.requireNonNull(region, "region");
        return this;
    }

    public Converter build() {
        Set<Domain> chosen = EnumSet.noneOf(Domain.class);
        chosen.addAll(domains);
        Conversion c = switch (target) {
            case CN -> Targets.chains().toMainland(chosen, charactersOnly, sources(source));
            case TW -> Targets.chains().toRegion(io.github.zhnorm.terms.Region.TW, chosen, charactersOnly);
            case HK -> Targets.chains().toRegion(io.github.zhnorm.terms.Region.HK, chosen, charactersOnly);
            case HANS -> Targets.chains().toSimplifiedScript();
            case HANT -> Targets.chains().toTraditionalScript();
        };
        Set<Domain> left = EnumSet.allOf(Domain.class);
        left.removeAll(chosen);
        String name = target.id() + (target == Target.CN && sources(source).size() == 1
                ? " (from " + source.name().toLowerCase(java.util.Locale.ROOT) + ")" : "")
                + (charactersOnly ? " (characters only)" : left.isEmpty() ? "" : " (without " + left + ")");
        return new Converter(name, c);
    }

    static Set<io.github.zhnorm.terms.Region> sources(DetectedRegion region) {
        return switch (region) {
            case TW -> EnumSet.of(io.github.zhnorm.terms.Region.TW);
            case HK -> EnumSet.of(io.github.zhnorm.terms.Region.HK);
            default -> EnumSet.allOf(io.github.zhnorm.terms.Region.class);
        };
    }
}
