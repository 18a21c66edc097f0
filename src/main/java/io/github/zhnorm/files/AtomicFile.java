package io.github.zhnorm.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A file written as a stream but published atomically: the bytes go to a temporary file in the target's folder;
 * {@link #commit()} forces them to disk and renames the temporary file over the target, {@link #abort()} deletes
 * it. Until the commit the target is untouched; a crash leaves at most a hidden temporary file.
 */
public final class AtomicFile implements AutoCloseable {
    private final Path target;
    private final Path tmp;
    private final FileChannel channel;
    private final OutputStream stream;
    private boolean done;

    private AtomicFile(Path target) throws IOException {
        this.target = target;
        Path dir = target.toAbsolutePath().getParent();
        this.tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".zhnorm-tmp");
        AtomicWrite.copyPermissions(target, tmp);
        this.channel = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        this.stream = Channels.newOutputStream(channel);
    }

    public static AtomicFile create(Path target) throws IOException {
        return new AtomicFile(target);
    }

    /** Where to write the new content (buffer it: each write goes to the channel). */
    public OutputStream stream() {
        return stream;
    }

    /** Publishes the new content in place of the target. */
    public void commit() throws IOException {
        try {
            channel.force(true);
            channel.close();
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            if (!done) {
                abort();
            }
        }
    }

    /** Discards the new content; the target stays as it was. */
    public void abort() throws IOException {
        done = true;
        channel.close();
        Files.deleteIfExists(tmp);
    }

    @Override
    public void close() throws IOException {
        if (!done) {
            abort();
        }
    }
}
