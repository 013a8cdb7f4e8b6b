package io.github.govreport.cli;

import io.github.govreport.core.Document;
import io.github.govreport.core.Fact;
import io.github.govreport.core.json.ModelJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** {@code jsonl}: one {@code facts/2} line per fact, all documents in input order. */
final class JsonlWriter implements FactWriter {

    private final Writer out;

    JsonlWriter(OutputStream out) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    @Override
    public void write(Document document) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (Fact fact : document.facts()) {
            // '\n' on every platform: JSON Lines defines the separator.
            lines.append(ModelJson.factLine(fact)).append('\n');
        }
        out.write(lines.toString());
        out.flush();
    }
}
