package io.github.govreport.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a batch goes: standard output, one file (replaced only when the run completes), one file
 * per document in a directory, or a database. {@link #commit()} once the run is complete;
 * {@link #close()} abandons whatever is not committed, so an interrupted or failed run leaves no
 * half-written file.
 */
interface BatchOutput extends Closeable {

    FactWriter writer();

    /** The run is complete: finish the output and put it in place. */
    void commit() throws IOException;

    /** What an interrupted run leaves, once closed: "out.jsonl not written", "12 documents committed to x.db". */
    String whenInterrupted();

    /**
     * The output for the options given. {@code --format json -o DIR} writes a file per document when
     * DIR is a directory or ends with a slash; {@code --format sqlite} needs {@code -o}.
     */
    static BatchOutput open(Format format, String output, OutputStream stdout, String version) throws IOException {
        if (output == null) {
            return new Stream(format.writerFor(stdout), null);
        }
        Path target = Path.of(output);
        if (format == Format.SQLITE) {
            return new Database(SqliteWriter.open(target, version));
        }
        if (format == Format.JSON && (Files.isDirectory(target) || output.endsWith("/"))) {
            Files.createDirectories(target);
            return new Directory(target, new DocumentFilesWriter(target));
        }
        AtomicOutput file = AtomicOutput.open(target);
        return new Stream(format.writerFor(file.stream()), file);
    }

    /** Standard output, or one file when {@code file} is not null. */
    final class Stream implements BatchOutput {
        private final FactWriter writer;
        private final AtomicOutput file;

        Stream(FactWriter writer, AtomicOutput file) {
            this.writer = writer;
            this.file = file;
        }

        @Override
        public FactWriter writer() {
            return writer;
        }

        @Override
        public void commit() throws IOException {
            if (file != null) {
                file.commit();
            }
        }

        @Override
        public String whenInterrupted() {
            return file == null ? "the output stops after the last whole document" : file.target() + " not written";
        }

        @Override
        public void close() throws IOException {
            if (file != null) {
                file.close();
            }
        }
    }

    /** One {@code document/3} file per document. */
    record Directory(Path directory, DocumentFilesWriter writer) implements BatchOutput {
        @Override
        public void commit() {
            // each file was put in place as it was written
        }

        @Override
        public String whenInterrupted() {
            return writer.count() + " files written to " + directory;
        }

        @Override
        public void close() {
            // nothing held open between documents
        }
    }

    /** An SQLite database; each document is committed as it is written. */
    record Database(SqliteWriter writer) implements BatchOutput {
        @Override
        public void commit() {
            // each document was committed as it was written
        }

        @Override
        public String whenInterrupted() {
            return (writer.count(SqliteWriter.Change.ADDED) + writer.count(SqliteWriter.Change.REPLACED))
                    + " documents committed to " + writer.file();
        }

        @Override
        public void close() throws IOException {
            writer.close();
        }
    }
}
