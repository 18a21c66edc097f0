package io.github.zhnorm.terms;

import io.github.zhnorm.dict.DictionaryFormatException;
import io.github.zhnorm.dict.DictionaryParser;
import io.github.zhnorm.dict.LineFormat;
import io.github.zhnorm.dict.TextDictionary;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The project's regional term maps, guards and artifact fixes (dictionaries/terms/), loaded once from the
 * classpath. Immutable after loading.
 */
public final class TermMaps {
    static final String DIR = "zhnorm/dictionaries/terms/";

    private final Map<Region, Map<Domain, List<TermEntry>>> maps = new EnumMap<>(Region.class);
    private final Map<Region, Map<Domain, List<String>>> guards = new EnumMap<>(Region.class);
    private final Map<Region, Map<Domain, List<TermEntry>>> toward = new EnumMap<>(Region.class);
    private final Map<Region, Map<Domain, List<String>>> towardGuards = new EnumMap<>(Region.class);
    private final Map<String, TextDictionary> artifacts = new java.util.HashMap<>();

    private TermMaps(ClassLoader loader) {
        for (Region region : Region.values()) {
            Map<Domain, List<TermEntry>> byDomain = new EnumMap<>(Domain.class);
            Map<Domain, List<String>> guardsByDomain = new EnumMap<>(Domain.class);
            for (Domain domain : Domain.values()) {
                String base = DIR + region.folder() + "/" + domain.id();
                byDomain.put(domain, List.copyOf(read(loader, base + ".txt",
                        (in, src) -> TermMapReader.readMap(in, src, region, domain))));
                guardsByDomain.put(domain, List.copyOf(read(loader, base + ".guard.txt", TermMapReader::readGuards)));
            }
            maps.put(region, byDomain);
            guards.put(region, guardsByDomain);
            Map<Domain, List<TermEntry>> towardByDomain = new EnumMap<>(Domain.class);
            Map<Domain, List<String>> towardGuardsByDomain = new EnumMap<>(Domain.class);
            for (Domain domain : Domain.values()) {
                String base = DIR + region.towardFolder() + "/" + domain.id();
                // written MAINLAND<TAB>REGIONAL; kept as entries with the two sides in their usual places
                towardByDomain.put(domain, read(loader, base + ".txt",
                        (in, src) -> TermMapReader.readMap(in, src, region, domain)).stream()
                        .map(e -> new TermEntry(e.mainland(), e.regional(), false, false, region, domain, e.source()))
                        .toList());
                towardGuardsByDomain.put(domain, List.copyOf(read(loader, base + ".guard.txt",
                        TermMapReader::readGuards)));
            }
            toward.put(region, towardByDomain);
            towardGuards.put(region, towardGuardsByDomain);
        }
        for (String target : List.of("cn", "tw", "hk")) {
            for (String file : List.of("to-" + target, "to-" + target + ".foreign")) {
                String name = "terms/artifacts/" + file + ".txt";
                try (InputStream in = loader.getResourceAsStream("zhnorm/dictionaries/" + name)) {
                    artifacts.put(file, in == null ? TextDictionary.of(name + " (none)", Map.of())
                            : DictionaryParser.parse(in, name, LineFormat.STRICT));
                } catch (IOException e) {
                    throw new DictionaryFormatException("cannot read " + name + ": " + e.getMessage(), e);
                }
            }
        }
    }

    private static final class Holder {
        static final TermMaps INSTANCE = new TermMaps(TermMaps.class.getClassLoader());
    }

    /** The maps packaged with zhnorm. */
    public static TermMaps shared() {
        return Holder.INSTANCE;
    }

    @FunctionalInterface
    private interface Reader<T> {
        List<T> read(InputStream in, String source) throws IOException;
    }

    private static <T> List<T> read(ClassLoader loader, String resource, Reader<T> reader) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return List.of();
            }
            return reader.read(in, resource.substring("zhnorm/dictionaries/".length()));
        } catch (IOException e) {
            throw new DictionaryFormatException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    /** Entries of {@code region} in the given domains, domain by domain in declaration order. */
    public List<TermEntry> entries(Region region, Collection<Domain> domains) {
        return collect(maps.get(region), domains);
    }

    private static <T> List<T> collect(Map<Domain, List<T>> byDomain, Collection<Domain> domains) {
        List<T> out = new ArrayList<>();
        for (Domain d : Domain.values()) {
            if (domains.contains(d)) {
                out.addAll(byDomain.get(d));
            }
        }
        return out;
    }

    /** Entries used only toward {@code region} (from cn-tw/, cn-hk/), domain by domain. */
    public List<TermEntry> towardRegion(Region region, Collection<Domain> domains) {
        return collect(toward.get(region), domains);
    }

    /** Guard words (mainland, Simplified) for the maps toward {@code region}. */
    public List<String> towardGuards(Region region, Collection<Domain> domains) {
        return collect(towardGuards.get(region), domains);
    }

    public List<String> guards(Region region, Collection<Domain> domains) {
        return collect(guards.get(region), domains);
    }

    /** Character and phrase fixes toward {@code target} ("cn", "tw" or "hk"): machine-conversion artifacts. */
    public TextDictionary artifacts(String target) {
        return artifacts.get("to-" + target);
    }

    /** Fixes toward {@code target} that apply only to sentences written in the other script. */
    public TextDictionary foreignArtifacts(String target) {
        return artifacts.get("to-" + target + ".foreign");
    }

    /** Number of entries in one map (for size reports). */
    public int size(Region region, Domain domain) {
        return maps.get(region).get(domain).size();
    }

    /** Number of entries in one map toward the region (for size reports). */
    public int towardSize(Region region, Domain domain) {
        return toward.get(region).get(domain).size();
    }

    public int guardCount(Region region, Domain domain) {
        return guards.get(region).get(domain).size();
    }
}
