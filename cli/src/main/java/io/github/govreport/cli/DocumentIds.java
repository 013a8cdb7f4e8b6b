package io.github.govreport.cli;

import io.github.govreport.core.Document;
import java.util.HashMap;
import java.util.Map;

/**
 * The document ids one run has written, and the input each came from: an output keyed by
 * document id (a file per document, a database row) refuses a second input with the same id
 * rather than let it overwrite the first. Not thread-safe: a writer is called by one thread.
 */
final class DocumentIds {

    private final Map<String, String> sources = new HashMap<>();

    /** Records {@code document}; refuses it when an earlier input of this run had its id. */
    void claim(Document document) throws RejectedDocumentException {
        String earlier = sources.putIfAbsent(document.id(), document.source());
        if (earlier != null) {
            throw new RejectedDocumentException("document id " + document.id() + " was already written by "
                    + earlier + " in this run; give the files different names");
        }
    }

    int size() {
        return sources.size();
    }
}
