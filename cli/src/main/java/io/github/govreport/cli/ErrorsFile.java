package io.github.govreport.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.govreport.core.json.internal.JsonTrees;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code --errors FILE}: the failed inputs of a run as JSON Lines, one
 * {@code {"path":…,"reason":…}} object per failed input, in input order. Written whole at the
 * end of the run (also when nothing failed: an empty file says so), atomically like the output.
 */
final class ErrorsFile {

    private ErrorsFile() {
    }

    static void write(Path file, List<BatchRunner.Failure> failures) throws IOException {
        try (AtomicOutput output = AtomicOutput.open(file)) {
            Writer out = new OutputStreamWriter(output.stream(), StandardCharsets.UTF_8);
            for (BatchRunner.Failure failure : failures) {
                ObjectNode line = JsonTrees.newObject();
                line.put("path", failure.path());
                line.put("reason", failure.reason());
                out.write(JsonTrees.line(line));
                out.write('\n');
            }
            out.flush();
            output.commit();
        }
    }
}
