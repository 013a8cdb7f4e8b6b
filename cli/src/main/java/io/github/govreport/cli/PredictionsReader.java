package io.github.govreport.cli;

import io.github.govreport.core.Fact;
import io.github.govreport.core.json.ModelJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a {@code facts/2} (or {@code facts/1}) JSON Lines file, as {@code govreport extract} writes it. */
final class PredictionsReader {

    private PredictionsReader() {
    }

    /**
     * The facts of {@code file}, in order.
     *
     * @throws IOException naming the file, and the line for a malformed line
     */
    static List<Fact> read(Path file) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IOException(file + ": " + Messages.describe(e), e);
        }
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = i == 0 && lines.get(i).startsWith("\uFEFF") ? lines.get(i).substring(1) : lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            try {
                facts.add(ModelJson.readFact(line));
            } catch (IllegalArgumentException e) {
                // JsonFormatException, or a value the model refuses (a span that ends before it starts …)
                throw new IOException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return facts;
    }
}
