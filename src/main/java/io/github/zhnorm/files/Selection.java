package io.github.zhnorm.files;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/**
 * Which files in a directory tree are processed: {@code --include}/{@code --exclude} globs (matched against the
 * path below the directory argument and against the file name), hidden files and {@code .git} skipped, symbolic
 * links followed only when asked.
 */
public record Selection(List<String> includes, List<String> excludes, boolean followSymlinks, boolean hidden) {
    public Selection {
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
    }

    public static Selection defaults() {
        return new Selection(List.of(), List.of(), false, false);
    }

    List<PathMatcher> matchers(List<String> globs) {
        return globs.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
    }

    static boolean matchesAny(List<PathMatcher> matchers, Path relative) {
        Path name = relative.getFileName();
        for (PathMatcher m : matchers) {
            if (m.matches(relative) || (name != null && m.matches(name))) {
                return true;
            }
        }
        return false;
    }
}
