package io.github.govreport.cli;

import io.github.govreport.core.Document;
import io.github.govreport.core.Footnote;
import io.github.govreport.core.JsonName;
import io.github.govreport.core.Metadata;
import io.github.govreport.core.Part;
import io.github.govreport.core.Section;
import io.github.govreport.core.Span;
import io.github.govreport.core.Table;
import io.github.govreport.core.Warning;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;

/**
 * The human-readable outline that {@code govreport inspect} prints: metadata, parts, the section
 * tree with offsets, tables, footnotes and warnings. Offsets are code points into the normalised
 * text, as in the facts, so that {@code --text} output can be sliced with them.
 */
final class Outline {

    /** Footnote texts and table headers are cut here: the outline is for reading, --text has the rest. */
    private static final int EXCERPT = 60;

    private final PrintWriter out;

    Outline(PrintWriter out) {
        this.out = out;
    }

    void write(Document document) {
        out.println("document   " + document.id());
        out.println("source     " + document.source());
        out.println("media type " + document.mediaType());
        out.println("text       " + document.text().codePointCount(0, document.text().length())
                + " characters, " + document.facts().size() + " facts");
        out.println();
        out.println("metadata");
        metadata(document.metadata());
        parts(document.parts());
        sections(document);
        tables(document.tables());
        footnotes(document);
        warnings(document.warnings());
    }

    private void metadata(Metadata m) {
        field("title", m.title());
        String code = m.regionCode() == null ? "" : " (" + m.regionCode() + ")";
        field("region", m.region() == null ? null : m.region() + code);
        field("level", name(m.level()));
        field("year", m.year());
        field("type", name(m.type()));
        field("issuer", m.issuer());
        field("date", m.date());
        field("number", m.number());
    }

    private void parts(List<Part> parts) {
        if (parts.isEmpty()) {
            return;
        }
        out.println();
        out.println("parts (" + parts.size() + ")");
        for (Part part : parts) {
            Metadata m = part.metadata();
            out.println("  " + part.id() + " " + span(part.span()) + " " + orDash(m.title()));
            out.println("      " + String.join(", ", List.of("type " + orDash(name(m.type())), "year " + orDash(m.year()),
                    "region " + orDash(m.region()) + " (" + orDash(name(m.level()))
                            + (m.regionCode() == null ? "" : ", " + m.regionCode()) + ")",
                    "issuer " + orDash(m.issuer()), "date " + orDash(m.date()), "number " + orDash(m.number()))));
        }
    }

    private void sections(Document document) {
        out.println();
        out.println("sections (" + count(document.sections()) + ")");
        Iterator<Part> parts = document.parts().iterator();
        Part next = parts.hasNext() ? parts.next() : null;
        for (Section section : document.sections()) {
            // A part's title line before its first section shows where one report ends and the next begins.
            while (next != null && next.span().start() <= section.span().start()) {
                out.println("  -- " + next.id() + " " + orDash(next.metadata().title()));
                next = parts.hasNext() ? parts.next() : null;
            }
            section(section, "  ");
        }
    }

    private void section(Section section, String indent) {
        out.println(indent + section.id() + " " + span(section.span()) + " " + section.heading());
        for (Section child : section.children()) {
            section(child, indent + "  ");
        }
    }

    private void tables(List<Table> tables) {
        out.println();
        out.println("tables (" + tables.size() + ")");
        for (Table table : tables) {
            int columns = table.rows().stream().mapToInt(List::size).max().orElse(0);
            out.println("  " + table.id() + " " + span(table.span()) + " " + table.rows().size() + " rows × "
                    + columns + " columns, " + table.headerRows() + " header row" + (table.headerRows() == 1 ? "" : "s")
                    + ": " + orDash(table.title()));
            for (List<String> header : table.rows().subList(0, table.headerRows())) {
                out.println("      " + excerpt(String.join(" | ", header), EXCERPT * 2));
            }
        }
    }

    private void footnotes(Document document) {
        out.println();
        out.println("footnotes (" + document.footnotes().size() + ")");
        for (Footnote note : document.footnotes()) {
            String marker = note.marker() == null ? "no marker" : "marker at " + note.marker().start();
            out.println("  " + note.id() + " " + orDash(note.label()) + " " + marker + ", text " + span(note.text())
                    + ": " + excerpt(note.text().slice(document.text()), EXCERPT));
        }
    }

    private void warnings(List<Warning> warnings) {
        out.println();
        out.println("warnings (" + warnings.size() + ")");
        for (Warning warning : warnings) {
            out.println("  " + warning.code() + (warning.span() == null ? "" : " " + span(warning.span())) + ": "
                    + warning.message());
        }
    }

    private void field(String name, Object value) {
        out.println("  " + String.format("%-7s", name) + " " + orDash(value));
    }

    private static int count(List<Section> sections) {
        return sections.stream().mapToInt(s -> 1 + count(s.children())).sum();
    }

    private static String span(Span span) {
        return "[" + span.start() + ", " + span.end() + ")";
    }

    private static String name(JsonName value) {
        return value == null ? null : value.jsonName();
    }

    private static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }

    private static String excerpt(String text, int max) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.codePointCount(0, line.length()) <= max ? line
                : line.substring(0, line.offsetByCodePoints(0, max)) + "…";
    }
}
