package io.github.zhnorm.files;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/** Expands path arguments into the files to process, in a stable (sorted) order. */
public final class InputWalker {
    private final Selection selection;
    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;

    public InputWalker(Selection selection) {
        this.selection = selection;
        this.includes = selection.matchers(selection.includes());
        this.excludes = selection.matchers(selection.excludes());
    }

    /**
     * The files under {@code arg}: the file itself, or the selected files of a directory tree.
     * {@code skipped} receives paths left out on purpose with the reason (hidden, excluded, symbolic link).
     *
     * @throws IOException when {@code arg} does not exist or cannot be read
     */
    public List<InputFile> expand(Path arg, BiConsumer<Path, String> skipped) throws IOException {
        if (!Files.exists(arg, LinkOption.NOFOLLOW_LINKS)) {
            throw new java.nio.file.NoSuchFileException(arg.toString());
        }
        if (!Files.isDirectory(arg)) {
            if (Files.isSymbolicLink(arg) && !selection.followSymlinks() && !Files.isRegularFile(arg)) {
                skipped.accept(arg, "symbolic link not followed");
                return List.of();
            }
            return List.of(new InputFile(arg, null, arg.getFileName()));
        }
        List<InputFile> out = new ArrayList<>();
        Set<FileVisitOption> options = selection.followSymlinks() ? EnumSet.of(FileVisitOption.FOLLOW_LINKS)
                : EnumSet.noneOf(FileVisitOption.class);
        Files.walkFileTree(arg, options, Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(arg) && (isHidden(dir) || dir.getFileName().toString().equals(".git"))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                Path relative = arg.relativize(file);
                if (attrs.isSymbolicLink()) {
                    skipped.accept(file, "symbolic link not followed (--follow-symlinks)");
                } else if (!attrs.isRegularFile()) {
                    skipped.accept(file, "not a regular file");
                } else if (isHidden(file)) {
                    return FileVisitResult.CONTINUE; // hidden files are skipped silently, like .git
                } else if (!includes.isEmpty() && !Selection.matchesAny(includes, relative)) {
                    return FileVisitResult.CONTINUE;
                } else if (Selection.matchesAny(excludes, relative)) {
                    skipped.accept(file, "excluded");
                } else {
                    out.add(new InputFile(file, arg, relative));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                skipped.accept(file, "cannot read: " + e.getMessage());
                return FileVisitResult.CONTINUE;
            }
        });
        out.sort((a, b) -> a.path().toString().compareTo(b.path().toString()));
        return out;
    }

    private boolean isHidden(Path p) {
        Path name = p.getFileName();
        return !selection.hidden() && name != null && name.toString().startsWith(".")
                && !name.toString().equals(".") && !name.toString().equals("..");
    }
}
