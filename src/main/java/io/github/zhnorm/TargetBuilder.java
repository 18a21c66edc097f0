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

    public Converter build() {
        Set<Domain> chosen = EnumSet.noneOf(Domain.class);
        chosen.addAll(domains);
        Conversion c = switch (target) {
            case CN -> Targets.chains().toMainland(chosen, charactersOnly);
            case TW -> Targets.chains().toRegion(io.github.zhnorm.terms.Region.TW, chosen, charactersOnly);
            case HK -> Targets.chains().toRegion(io.github.zhnorm.terms.Region.HK, chosen, charactersOnly);
            case HANS -> Targets.chains().toSimplifiedScript();
            case HANT -> Targets.chains().toTraditionalScript();
        };
        Set<Domain> left = EnumSet.allOf(Domain.class);
        left.removeAll(chosen);
        String name = target.id() + (charactersOnly ? " (characters only)"
                : left.isEmpty() ? "" : " (without " + left + ")");
        return new Converter(name, c);
    }
}
