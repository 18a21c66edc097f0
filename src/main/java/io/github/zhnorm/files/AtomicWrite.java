package io.github.zhnorm.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file so that readers see either the old content or the whole new one, never a partial file (see
 * {@link AtomicFile}).
 */
public final class AtomicWrite {
    private AtomicWrite() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        try (AtomicFile file = AtomicFile.create(target)) {
            file.stream().write(content);
            file.commit();
        }
    }

    /** An existing target keeps its permissions; a new file gets the usual ones, not the temp file's 0600. */
    static void copyPermissions(Path target, Path tmp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        if (Files.exists(target)) {
            view.setPermissions(Files.getPosixFilePermissions(target));
        } else {
            view.setPermissions(PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
