package io.github.govreport.core;

import java.util.Objects;

/**
 * One report of a file that holds several, such as a government gazette issue with the work
 * report, the plan report and the budget report; each part has its own title, issuer and date.
 *
 * @param id       unique within the document: p1, p2, …
 * @param span     where the part is in the normalised text, from its title to the next part
 * @param metadata what the part says about itself
 */
public record Part(String id, Span span, Metadata metadata) {

    public Part {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("part id must not be blank");
        }
        Objects.requireNonNull(span, "part span must not be null");
        metadata = metadata == null ? Metadata.EMPTY : metadata;
    }
}
