package io.github.govreport.cli;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An output file that appears complete or not at all: written to a temporary file beside it and
 * renamed over it on {@link #commit()}. Closing without a commit deletes the temporary file and
 * leaves an existing target untouched.
 */
final class AtomicOutput implements Closeable {

    private final Path target;
    private final Path temp;
    private final OutputStream stream;
    private boolean committed;

    private AtomicOutput(Path target, Path temp, OutputStream stream) {
        this.target = target;
        this.temp = temp;
        this.stream = stream;
    }

    /** Opens the temporary file now, so that an unwritable target fails before any work is done. */
    static AtomicOutput open(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = tempBeside(absolute);
        // newOutputStream, not createTempFile: the file gets the umask's permissions, not 0600.
        OutputStream stream = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new AtomicOutput(absolute, temp, new BufferedOutputStream(stream));
    }

    /**
     * A new temporary path for writing {@code target}: in the same directory, so that the rename is
     * atomic, and hidden, so that a directory walk skips it. Fails when the target is a directory.
     */
    static Path tempBeside(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new IOException("is a directory");
        }
        return absolute.resolveSibling("." + absolute.getFileName() + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
    }

    /** The file that appears on commit. */
    Path target() {
        return target;
    }

    OutputStream stream() {
        return stream;
    }

    /** Finishes the file and puts it in place of the target. */
    void commit() throws IOException {
        stream.close();
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (committed) {
            return;
        }
        try {
            stream.close();
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
