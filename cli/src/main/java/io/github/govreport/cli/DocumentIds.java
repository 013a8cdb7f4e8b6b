package io.github.govreport.cli;

import io.github.govreport.core.Document;
import io.github.govreport.core.Fact;
import io.github.govreport.extract.ReportExtractor;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives the documents of one run ids that no other document of the run has, so that no output
 * keyed by document id (a file per document, a database row, a fact id) mixes up two inputs.
 *
 * <p>The rule, in input order: a document keeps its own id (the file name without its extension,
 * {@code stdin} for standard input, the {@code doc} of a {@code document/3} JSON input) unless an
 * earlier input of the run took it; then it gets the id followed by {@code ~2}, {@code ~3} and so
 * on, the first that no earlier input took: {@code a/report.txt b/report.pdf} give {@code report}
 * and {@code report~2}. An input that cannot be read still takes the id its name gives, so that the
 * inputs after it keep theirs when it fails in one run and not in the next.
 *
 * <p>Ids depend on the order of the inputs only, never on which worker finished first: call it
 * from the one thread that goes through the inputs in order. Not thread-safe.
 */
final class DocumentIds {

    private final Set<String> taken = new HashSet<>();

    /** {@code document} under the id the rule gives it: itself when its own id is still free. */
    Document give(Document document) {
        String id = take(document.id());
        return id.equals(document.id()) ? document : withId(document, id);
    }

    /** An input that gave no document takes the id its name gives all the same. */
    void hold(Input input) {
        take(ownId(input));
    }

    private String take(String own) {
        String id = own;
        for (int n = 2; !taken.add(id); n++) {
            id = own + "~" + n;
        }
        return id;
    }

    /** The id an input's document gets from the extractor: its file name without the extension. */
    private static String ownId(Input input) {
        if (input instanceof Input.File file) {
            return ReportExtractor.documentId(file.path().toString());
        }
        return ReportExtractor.documentId(input instanceof Input.Stdin ? ExtractCommand.STDIN_NAME : input.label());
    }

    /** The document under another id, its facts with it ({@code doc#n} becomes {@code id#n}). */
    private static Document withId(Document d, String id) {
        List<Fact> facts = d.facts().stream().map(f -> f.toBuilder().doc(id).id(factId(f, id)).build()).toList();
        return new Document(id, d.source(), d.mediaType(), d.metadata(), d.text(), d.sections(), d.tables(), facts,
                d.warnings(), d.footnotes(), d.parts());
    }

    private static String factId(Fact fact, String documentId) {
        String prefix = fact.doc() + "#";
        return fact.id().startsWith(prefix) ? documentId + "#" + fact.id().substring(prefix.length()) : fact.id();
    }
}
