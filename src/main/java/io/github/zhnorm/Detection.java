package io.github.zhnorm;

import io.github.zhnorm.terms.Evidence;

import java.util.Objects;

/**
 * What a text looks like: its script and region, each with a confidence from 0 to 1, and the counts behind them.
 *
 * <pre>{@code
 * Detection d = Detection.of("這個軟體支援多種語言");   // TRADITIONAL, TW
 * }</pre>
 *
 * @param script           simplified, traditional, mixed or none
 * @param scriptConfidence share of script-specific characters that agree with {@code script}, damped for
 *                         short texts (0 when nothing tells)
 * @param region           cn, tw, hk or unknown
 * @param regionConfidence share of regional evidence that agrees with {@code region}, damped for little evidence
 * @param evidence         the counts
 */
public record Detection(Script script, double scriptConfidence, DetectedRegion region, double regionConfidence,
                        Evidence evidence) {

    /** Detects script and region of {@code text}. Thread-safe. */
    public static Detection of(CharSequence text) {
        Evidence e = Targets.detector().count(Objects.requireNonNull(text, "text"));
        return decide(e);
    }

    static Detection decide(Evidence e) {
        if (e.hanCharacters() == 0) {
            return new Detection(Script.NONE, 1.0, DetectedRegion.UNKNOWN, 0.0, e);
        }
        int s = e.simplifiedOnly();
        int t = e.traditionalOnly();
        Script script;
        double scriptConfidence;
        if (s + t == 0) {
            script = Script.SIMPLIFIED; // valid in both scripts; nothing to convert toward Simplified
            scriptConfidence = 0.0;
        } else {
            int minor = Math.min(s, t);
            if (minor >= 2 && minor * 5 >= s + t) {
                script = Script.MIXED;
                scriptConfidence = damp(1.0 - Math.abs(s - t) / (double) (s + t), s + t);
            } else {
                script = s >= t ? Script.SIMPLIFIED : Script.TRADITIONAL;
                scriptConfidence = damp(Math.max(s, t) / (double) (s + t), s + t);
            }
        }
        double tw = 2.0 * e.taiwanTerms() + e.taiwanForms();
        double hk = 2.0 * e.hongKongTerms() + e.hongKongForms();
        double cn = 2.0 * e.mainlandTerms() + (script == Script.SIMPLIFIED ? Math.min(s, 10) / 2.0 : 0.0);
        double total = tw + hk + cn;
        if (total == 0) {
            return new Detection(script, scriptConfidence, DetectedRegion.UNKNOWN, 0.0, e);
        }
        DetectedRegion region = DetectedRegion.CN;
        double best = cn;
        if (tw > best) {
            region = DetectedRegion.TW;
            best = tw;
        }
        if (hk > best) {
            region = DetectedRegion.HK;
            best = hk;
        }
        return new Detection(script, scriptConfidence, region, damp(best / total, total), e);
    }

    /** Lowers a ratio when it rests on little evidence: full weight from about 10 observations on. */
    private static double damp(double ratio, double observations) {
        return Math.round(ratio * Math.min(1.0, observations / 10.0) * 1000) / 1000.0;
    }
}
