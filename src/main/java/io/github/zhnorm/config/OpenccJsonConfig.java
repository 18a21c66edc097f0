package io.github.zhnorm.config;

import io.github.zhnorm.engine.ChainSpec;
import io.github.zhnorm.engine.DictSpec;
import io.github.zhnorm.engine.MatchPolicy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads an OpenCC 1.4 JSON configuration into a {@link ChainSpec}: {@code normalization}, {@code segmentation}
 * ({@code mmseg}), {@code conversion_chain}; dictionaries of type {@code text} and {@code group} (with
 * {@code match_policy}). Dictionaries marked {@code may_output_tofu} are left out unless asked for, as OpenCC
 * does by default.
 */
public final class OpenccJsonConfig {
    private final String source;
    private final DictionaryResolver resolver;
    private final boolean includeTofuRisk;

    private OpenccJsonConfig(String source, DictionaryResolver resolver, boolean includeTofuRisk) {
        this.source = source;
        this.resolver = resolver;
        this.includeTofuRisk = includeTofuRisk;
    }

    /** Parses {@code json} (named {@code source} in messages) resolving dictionary files through {@code resolver}. */
    public static ChainSpec parse(String json, String source, DictionaryResolver resolver, boolean includeTofuRisk) {
        return new OpenccJsonConfig(source, resolver, includeTofuRisk).read(Json.parse(json, source));
    }

    private ChainSpec read(Object root) {
        Map<String, Object> cfg = object(root, "configuration");
        String name = cfg.get("name") instanceof String s ? s : source;
        List<DictSpec> normalization = new ArrayList<>();
        if (cfg.containsKey("normalization")) {
            for (Object stage : list(cfg.get("normalization"), "normalization")) {
                DictSpec d = stageDict(stage, "normalization");
                if (d != null) {
                    normalization.add(d);
                }
            }
        }
        DictSpec segmentation = null;
        if (cfg.get("segmentation") != null) {
            Map<String, Object> seg = object(cfg.get("segmentation"), "segmentation");
            Object type = seg.get("type");
            if (!"mmseg".equals(type)) {
                throw new ConfigException(source + ": segmentation type '" + type + "' is not supported (only mmseg)");
            }
            if (seg.get("dict") != null) {
                segmentation = dict(seg.get("dict"), "segmentation.dict");
            }
        }
        if (!cfg.containsKey("conversion_chain")) {
            throw new ConfigException(source + ": missing conversion_chain");
        }
        List<DictSpec> chain = new ArrayList<>();
        for (Object stage : list(cfg.get("conversion_chain"), "conversion_chain")) {
            DictSpec d = stageDict(stage, "conversion_chain");
            if (d != null) {
                chain.add(d);
            }
        }
        if (chain.isEmpty()) {
            throw new ConfigException(source + ": conversion_chain has no dictionaries");
        }
        return new ChainSpec(name, normalization, segmentation, chain);
    }

    private DictSpec stageDict(Object stage, String where) {
        Map<String, Object> s = object(stage, where + " entry");
        if (!s.containsKey("dict")) {
            throw new ConfigException(source + ": " + where + " entry without \"dict\"");
        }
        return dict(s.get("dict"), where + ".dict");
    }

    /** A dictionary spec, or null when it is a tofu-risk dictionary that is left out. */
    private DictSpec dict(Object node, String where) {
        Map<String, Object> d = object(node, where);
        if (Boolean.TRUE.equals(d.get("may_output_tofu")) && !includeTofuRisk) {
            return null;
        }
        Object type = d.get("type");
        if ("group".equals(type)) {
            MatchPolicy policy = policy(d.get("match_policy"));
            List<DictSpec> members = new ArrayList<>();
            for (Object m : list(d.get("dicts"), where + ".dicts")) {
                DictSpec spec = dict(m, where + ".dicts[]");
                if (spec != null) {
                    members.add(spec);
                }
            }
            if (members.isEmpty()) {
                return null;
            }
            return new DictSpec.Group(policy, members);
        }
        if ("text".equals(type)) {
            Object file = d.get("file");
            if (!(file instanceof String f) || f.isEmpty()) {
                throw new ConfigException(source + ": " + where + ": text dictionary without \"file\"");
            }
            return new DictSpec.Leaf(resolver.resolve(f));
        }
        if ("ocd2".equals(type) || "ocd".equals(type)) {
            throw new ConfigException(source + ": " + where + ": dictionary type '" + type + "' ("
                    + d.get("file") + ") is binary; convert it to text with OpenCC's tool: "
                    + "opencc_dict -i FILE." + type + " -o FILE.txt -f " + type + " -t text, "
                    + "then use \"type\": \"text\"");
        }
        throw new ConfigException(source + ": " + where + ": unknown dictionary type '" + type + "'");
    }

    private MatchPolicy policy(Object p) {
        if (p == null || "short_circuit".equals(p)) {
            return MatchPolicy.SHORT_CIRCUIT;
        }
        if ("union".equals(p)) {
            return MatchPolicy.UNION;
        }
        throw new ConfigException(source + ": unknown match_policy '" + p + "' (short_circuit or union)");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> object(Object o, String where) {
        if (o instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new ConfigException(source + ": " + where + " must be a JSON object");
    }

    @SuppressWarnings("unchecked")
    private List<Object> list(Object o, String where) {
        if (o instanceof List<?> l) {
            return (List<Object>) l;
        }
        throw new ConfigException(source + ": " + where + " must be a JSON array");
    }
}
