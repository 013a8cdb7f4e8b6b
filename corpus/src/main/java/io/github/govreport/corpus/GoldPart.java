package io.github.govreport.corpus;

import java.util.List;

/**
 * One gold file: the facts of a document, or of the lines of it that {@code ranges} names.
 *
 * @param doc    the document id
 * @param file   the gold file name ({@code <doc>.gold.jsonl} or {@code <doc>.<part>.gold.jsonl})
 * @param ranges the covered lines; empty when the file covers the whole document
 * @param facts  the gold facts, in file order
 */
public record GoldPart(String doc, String file, List<LineRange> ranges, List<GoldFact> facts) {

    public GoldPart {
        ranges = List.copyOf(ranges);
        facts = List.copyOf(facts);
    }

    public boolean coversWholeDocument() {
        return ranges.isEmpty();
    }

    /** Whether line {@code lineNumber} (1-based) of the document is annotated in this part. */
    public boolean covers(int lineNumber) {
        return coversWholeDocument() || ranges.stream().anyMatch(r -> r.contains(lineNumber));
    }
}
