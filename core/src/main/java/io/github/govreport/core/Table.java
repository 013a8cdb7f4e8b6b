package io.github.govreport.core;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Objects;

/**
 * A table of the document, as rows of cell texts.
 *
 * @param id         unique within the document: t1, t2, …
 * @param title      the caption or the line above the table, or null
 * @param span       where the table is in the normalised text
 * @param headerRows how many of the first rows are header rows
 * @param rows       the cell texts, row by row; multi-line cells are joined
 */
public record Table(String id, @Nullable String title, Span span, int headerRows, List<List<String>> rows) {

    public Table {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("table id must not be blank");
        }
        Objects.requireNonNull(span, "table span must not be null");
        Objects.requireNonNull(rows, "table rows must not be null");
        rows = rows.stream().map(List::copyOf).toList();
        if (headerRows < 0 || headerRows > rows.size()) {
            throw new IllegalArgumentException("table " + id + " has " + rows.size()
                    + " rows but declares " + headerRows + " header rows");
        }
    }
}
