package io.github.govreport.core;

import org.jspecify.annotations.Nullable;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One input file (or text) after extraction: its normalised text, structure and facts.
 *
 * <p>All spans point into {@code text}, the normalised text that every stage of the extractor
 * reads; the constructor checks that they fit and that fact ids are unique.
 *
 * @param id        the document id, by default the file name without its extension
 * @param source    the path or name as the caller gave it
 * @param mediaType the detected media type (text/plain, application/pdf, …)
 * @param metadata  what the document says about itself
 * @param text      the normalised text
 * @param sections  the top-level sections; each holds its children
 * @param tables    the tables, in document order
 * @param facts     the facts, in document order
 * @param warnings  what was odd about the document
 * @param footnotes the footnotes, in document order
 * @param parts     the reports of a file that holds several (a gazette issue), in order; empty
 *                  when the file is one report
 */
public record Document(String id, @Nullable String source, @Nullable String mediaType, Metadata metadata, String text,
                       List<Section> sections, List<Table> tables, List<Fact> facts, List<Warning> warnings,
                       List<Footnote> footnotes, List<Part> parts) {

    /** A document without footnotes and parts. */
    public Document(String id, @Nullable String source, @Nullable String mediaType, Metadata metadata, String text,
                    List<Section> sections, List<Table> tables, List<Fact> facts, List<Warning> warnings) {
        this(id, source, mediaType, metadata, text, sections, tables, facts, warnings, List.of(), List.of());
    }

    public Document {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("document id must not be blank");
        }
        Objects.requireNonNull(text, "document text must not be null");
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        sections = sections == null ? List.of() : List.copyOf(sections);
        tables = tables == null ? List.of() : List.copyOf(tables);
        facts = facts == null ? List.of() : List.copyOf(facts);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        footnotes = footnotes == null ? List.of() : List.copyOf(footnotes);
        parts = parts == null ? List.of() : List.copyOf(parts);

        int length = text.codePointCount(0, text.length());
        Set<String> ids = new HashSet<>();
        for (Fact fact : facts) {
            if (!fact.doc().equals(id)) {
                throw new IllegalArgumentException("fact " + fact.id() + " belongs to document " + fact.doc()
                        + ", not " + id);
            }
            if (!ids.add(fact.id())) {
                throw new IllegalArgumentException("fact id " + fact.id() + " occurs twice in document " + id);
            }
            requireFits(fact.span(), length, "fact " + fact.id());
        }
        for (Section section : sections) {
            requireFits(section.span(), length, "section " + section.id());
        }
        for (Table table : tables) {
            requireFits(table.span(), length, "table " + table.id());
        }
        for (Footnote footnote : footnotes) {
            requireFits(footnote.text(), length, "footnote " + footnote.id());
            if (footnote.marker() != null) {
                requireFits(footnote.marker(), length, "footnote marker " + footnote.id());
            }
        }
        for (Part part : parts) {
            requireFits(part.span(), length, "part " + part.id());
        }
    }

    private static void requireFits(Span span, int length, String what) {
        if (!span.fitsIn(length)) {
            throw new IllegalArgumentException(what + " span " + span + " lies beyond the text ("
                    + length + " code points)");
        }
    }
}
