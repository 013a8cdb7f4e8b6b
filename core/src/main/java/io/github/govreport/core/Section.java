package io.github.govreport.core;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Objects;

/**
 * A heading and everything under it, up to the next heading of the same or a higher level.
 *
 * @param id       unique within the document: s1, s2, …
 * @param level    depth in the tree, 1 for a top-level heading
 * @param label    the numbering as written (二、 （一） 1.), or null for an unnumbered heading
 * @param title    the heading text without its label
 * @param span     from the heading to the end of its content, in the normalised text
 * @param children the sections directly under this one
 */
public record Section(String id, int level, @Nullable String label, String title, Span span, List<Section> children) {

    public Section {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("section id must not be blank");
        }
        if (level < 1) {
            throw new IllegalArgumentException("section level must be >= 1, was " + level);
        }
        Objects.requireNonNull(title, "section title must not be null");
        Objects.requireNonNull(span, "section span must not be null");
        children = children == null ? List.of() : List.copyOf(children);
        for (Section child : children) {
            if (child.level() <= level) {
                throw new IllegalArgumentException("section " + child.id() + " (level " + child.level()
                        + ") cannot be a child of " + id + " (level " + level + ")");
            }
            if (!span.contains(child.span())) {
                throw new IllegalArgumentException("section " + child.id() + " " + child.span()
                        + " lies outside its parent " + id + " " + span);
            }
        }
    }

    /** The heading as written: label and title. */
    public String heading() {
        return label == null ? title : label + title;
    }
}
