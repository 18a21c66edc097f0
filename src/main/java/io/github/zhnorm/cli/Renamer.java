package io.github.zhnorm.cli;

import io.github.zhnorm.Converter;
import io.github.zhnorm.files.InputFile;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code --rename} with {@code --in-place}: converts file and directory names below each directory argument (and
 * the names of files given directly). Two phases: first every new name is computed and checked (an existing
 * target or two sources with one target is an error for those entries, never an overwrite), then the renames run
 * deepest first, each a move that refuses to replace anything.
 */
final class Renamer {
    private Renamer() {
    }

    static void renameAll(List<InputFile> inputs, Converter converter, Run run) {
        Set<Path> paths = new LinkedHashSet<>();
        for (InputFile in : inputs) {
            if (in.path() == null) {
                continue;
            }
            paths.add(in.path());
            if (in.root() != null) {
                for (Path p = in.path().getParent(); p != null && !p.equals(in.root()) && p.startsWith(in.root());
                     p = p.getParent()) {
                    paths.add(p);
                }
            }
        }
        List<Path> ordered = new ArrayList<>(paths);
        ordered.sort(Comparator.comparingInt(Path::getNameCount).reversed().thenComparing(Path::toString));
        Map<Path, Path> plan = new HashMap<>();
        Set<Path> claimed = new java.util.HashSet<>();
        for (Path p : ordered) {
            String name = p.getFileName().toString();
            String newName = converter.convert(name);
            if (newName.equals(name)) {
                continue;
            }
            Path target = p.resolveSibling(newName);
            if (Files.exists(target) || !claimed.add(target.toAbsolutePath().normalize())) {
                run.fail(p + ": cannot rename to " + newName + ": that name already exists (nothing overwritten)");
                continue;
            }
            plan.put(p, target);
        }
        for (Path p : ordered) {
            Path target = plan.get(p);
            if (target == null) {
                continue;
            }
            try {
                Files.move(p, target, StandardCopyOption.ATOMIC_MOVE);
                run.note("renamed " + p + " → " + target.getFileName());
            } catch (FileAlreadyExistsException e) {
                run.fail(p + ": cannot rename to " + target.getFileName() + ": that name already exists");
            } catch (IOException e) {
                run.fail(p + ": cannot rename to " + target.getFileName() + ": " + e.getMessage());
            }
        }
    }
}
