package io.github.govreport.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.govreport.core.Document;
import io.github.govreport.core.json.internal.JsonTrees;
import java.io.IOException;
import java.io.OutputStream;

/**
 * {@code json}: a pretty-printed array of {@code document/3} objects, one per input read.
 *
 * <p>Streamed element by element rather than built as one tree, so that a large batch does not
 * hold every document's text in memory at once.
 */
final class JsonWriter implements FactWriter {

    private static final ObjectWriter WRITER = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build()
            .writerWithDefaultPrettyPrinter();

    private final OutputStream out;
    private JsonGenerator json;

    JsonWriter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void start() throws IOException {
        json = WRITER.createGenerator(out, JsonEncoding.UTF8);
        json.writeStartArray();
    }

    @Override
    public void write(Document document) throws IOException {
        ObjectNode node = JsonTrees.documentNode(document);
        WRITER.writeValue(json, node);
        json.flush();
    }

    @Override
    public void finish() throws IOException {
        json.writeEndArray();
        json.writeRaw('\n');
        json.flush();
    }
}
