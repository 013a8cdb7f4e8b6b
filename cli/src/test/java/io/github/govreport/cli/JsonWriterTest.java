package io.github.govreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.govreport.core.Document;
import io.github.govreport.core.json.ModelJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    @Test
    void documentsRoundTripThroughTheModel() throws IOException {
        String json = write(TestDocuments.document("a"), TestDocuments.document("b"));

        JsonNode array = JsonMapper.builder().build().readTree(json);
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(2);
        assertThat(ModelJson.readDocument(array.get(0).toString())).isEqualTo(TestDocuments.document("a"));
        assertThat(ModelJson.readDocument(array.get(1).toString())).isEqualTo(TestDocuments.document("b"));
    }

    @Test
    void numbersAreWrittenPlain() throws IOException {
        assertThat(write(TestDocuments.document("a"))).contains("\"value\" : 41860000").doesNotContain("E+7", "E7");
    }

    @Test
    void noDocumentsIsAnEmptyArray() throws IOException {
        assertThat(JsonMapper.builder().build().readTree(write())).isEmpty();
    }

    private static String write(Document... documents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FactWriter writer = new JsonWriter(out);
        writer.start();
        for (Document document : documents) {
            writer.write(document);
        }
        writer.finish();
        return out.toString(StandardCharsets.UTF_8);
    }
}
