package io.github.govreport.cli;

import io.github.govreport.core.Document;
import io.github.govreport.core.json.ModelJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * {@code --format json -o DIR}: one pretty-printed {@code document/3} file per input,
 * {@code DIR/<document id>.json}, each written atomically as soon as its document is read.
 */
final class DocumentFilesWriter implements FactWriter {

    private final Path directory;
    private int written;

    DocumentFilesWriter(Path directory) {
        this.directory = directory;
    }

    @Override
    public void write(Document document) throws IOException {
        byte[] json = (ModelJson.document(document, true) + "\n").getBytes(StandardCharsets.UTF_8);
        try (AtomicOutput file = AtomicOutput.open(fileFor(document.id()))) {
            file.stream().write(json);
            file.commit();
        }
        written++;
    }

    /** How many files this run wrote. */
    int count() {
        return written;
    }

    Path fileFor(String documentId) {
        return directory.resolve(documentId + ".json");
    }
}
