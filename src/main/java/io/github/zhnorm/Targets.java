package io.github.zhnorm;

import io.github.zhnorm.config.BundledDictionaries;
import io.github.zhnorm.terms.Detector;
import io.github.zhnorm.terms.TargetChains;
import io.github.zhnorm.terms.TermMaps;

/** The target chain factory, built once on first use (it compiles the helper conversions it needs). */
final class Targets {
    private Targets() {
    }

    private static final class Holder {
        static final TargetChains CHAINS = new TargetChains(BundledDictionaries.shared(), TermMaps.shared());
    }

    private static final class DetectorHolder {
        static final Detector DETECTOR = new Detector(chains().scripts(), TermMaps.shared(), chains());
    }

    static TargetChains chains() {
        return Holder.CHAINS;
    }

    static Detector detector() {
        return DetectorHolder.DETECTOR;
    }
}
