package io.github.govreport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.govreport.core.AdministrativeLevel;
import io.github.govreport.core.Binding;
import io.github.govreport.core.JsonName;
import io.github.govreport.core.Kind;
import io.github.govreport.core.Measure;
import io.github.govreport.core.Qualifier;
import io.github.govreport.core.ReportType;
import io.github.govreport.core.Source;
import io.github.govreport.core.json.ModelJson;
import io.github.govreport.panel.Agreement;
import io.github.govreport.panel.Coverage;
import io.github.govreport.panel.Verdict;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas of {@code docs/schemas/} against what the command really writes for the corpus:
 * the seeds (facts/2, document/3), a department budget's tables (facts/2 with codes) and the chains
 * of consecutive reports (panel/1, attainment/1).
 * The schemas' enums are the model's, so neither can change without the other.
 */
class OutputSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Where the schemas say they are; the test serves them from docs/schemas. */
    private static final String BASE = "https://govreport.invalid/schemas/";
    private static Path root;
    private static SchemaRegistry registry;

    @BeforeAll
    static void findSchemas() throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("docs/schemas"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("docs/schemas above " + Path.of("").toAbsolutePath()).isNotNull();
        root = dir;
        // the schemas refer to each other by relative names; they are served from the files, never fetched
        Map<String, String> files = new HashMap<>();
        try (Stream<Path> schemas = Files.list(root.resolve("docs/schemas"))) {
            for (Path file : schemas.toList()) {
                files.put(BASE + file.getFileName(), Files.readString(file));
            }
        }
        // and nothing is fetched: a reference outside docs/schemas fails instead of going to the network
        registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemas(files).schemaLoader(loader -> loader.fetchRemoteResources(false)));
    }

    @Test
    void everyFactLineOfTheSeedsAndChainsIsValidFacts2() throws IOException {
        Schema schema = schema("facts-2");
        Cli.Result result = Cli.run("extract", "-q", seeds().toString(), chains().toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.outLines()).hasSizeGreaterThan(1000);
        assertAllValid(schema, result.outLines());
    }

    @Test
    void everyDocumentOfTheSeedsIsValidDocument3() throws IOException {
        Schema schema = schema("document-3");
        Cli.Result result = Cli.run("extract", "-q", "--format", "json", seeds().toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        List<String> documents = new ArrayList<>();
        JSON.readTree(result.out()).forEach(d -> documents.add(d.toString()));
        assertThat(documents).hasSize(5);
        assertAllValid(schema, documents);
    }

    @Test
    void theFactsOfABudgetTableCarryTheirRowsCodesAndAreValid() throws IOException {
        Cli.Result lines = Cli.run("extract", "-q", departmentBudget().toString());
        assertThat(lines.exitCode()).as(lines.err()).isZero();
        assertAllValid(schema("facts-2"), lines.outLines());
        List<String> codes = new ArrayList<>();
        for (String line : lines.outLines()) {
            JsonNode code = JSON.readTree(line).get("code");
            codes.add(code.isNull() ? null : code.textValue());
        }
        assertThat(codes).contains("208", "2080502", null);
        Cli.Result document = Cli.run("extract", "-q", "--format", "json", departmentBudget().toString());
        assertThat(document.exitCode()).as(document.err()).isZero();
        assertAllValid(schema("document-3"), List.of(JSON.readTree(document.out()).get(0).toString()));
    }

    @Test
    void thePanelAndAttainmentLinesOfTheChainsAreValid() throws IOException {
        Cli.Result panel = Cli.run("panel", chains().toString());
        Cli.Result track = Cli.run("track", chains().toString());
        assertThat(panel.exitCode()).as(panel.err()).isZero();
        assertThat(track.exitCode()).as(track.err()).isZero();
        assertThat(panel.outLines()).hasSizeGreaterThan(100);
        assertThat(track.outLines()).hasSizeGreaterThan(50);
        assertAllValid(schema("panel-1"), panel.outLines());
        assertAllValid(schema("attainment-1"), track.outLines());
    }

    @Test
    void aLineMissingAKeyOrWithAnUnknownValueIsRefused() throws IOException {
        Schema schema = schema("facts-2");
        String line = Cli.run("extract", "-q", seeds().resolve("000_3348ee11c8af0d59.txt").toString()).outLines().get(0);
        assertThat(schema.validate(line, InputFormat.JSON)).isEmpty();
        assertThat(schema.validate(line.replace("\"confidence\"", "\"certainty\""), InputFormat.JSON)).isNotEmpty();
        assertThat(schema.validate(line.replaceFirst("\"measure\":\"[a-z]+\"", "\"measure\":\"size\""), InputFormat.JSON))
                .isNotEmpty();
        assertThat(schema.validate(line.replace("\"code\":null,", ""), InputFormat.JSON)).isNotEmpty();
        assertThat(schema.validate(line.replace("\"code\":null", "\"code\":\"208\""), InputFormat.JSON)).isEmpty();
        assertThat(schema.validate(line.replace("\"code\":null", "\"code\":\"201-06\""), InputFormat.JSON))
                .isNotEmpty();
        assertThat(schema.validate(line.replace("\"code\":null", "\"code\":208"), InputFormat.JSON)).isNotEmpty();
    }

    @Test
    void theOldSchemasStayForReadersOfTheOldVersions() throws IOException {
        assertThat(tree("facts-1").at("/$defs/line/properties/schema/const").asText()).isEqualTo("facts/1");
        assertThat(tree("facts-1").at("/$defs/fact/properties").has("code")).isFalse();
        assertThat(tree("document-2").at("/properties/facts/items/$ref").asText())
                .isEqualTo("facts-1.schema.json#/$defs/fact");
        assertThat(tree("document-3").at("/properties/facts/items/$ref").asText())
                .isEqualTo("facts-2.schema.json#/$defs/fact");
        assertThat(tree("facts-2").at("/$defs/line/properties/schema/const").asText()).isEqualTo(ModelJson.FACTS_SCHEMA);
        assertThat(tree("document-3").at("/properties/schema/const").asText()).isEqualTo(ModelJson.DOCUMENT_SCHEMA);
    }

    @Test
    void aReferenceOutsideTheSchemasIsRefusedNotFetched() throws IOException {
        // a server on this machine that would serve the schema: it must never be asked
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String remote = "{\"$ref\": \"http://127.0.0.1:" + server.getAddress().getPort() + "/schema.json\"}";
            assertThatThrownBy(() -> registry.getSchema(SchemaLocation.of(BASE + "remote.schema.json"), remote,
                    InputFormat.JSON).validate("{}", InputFormat.JSON)).isInstanceOf(RuntimeException.class);
            assertThat(requests).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void theSchemasEnumsAreTheModels() throws IOException {
        JsonNode facts = tree("facts-2").at("/$defs/fact/properties");
        assertThat(enumOf(facts.get("measure"))).containsExactlyElementsOf(names(Measure.values()));
        assertThat(enumOf(facts.get("qualifier"))).containsExactlyElementsOf(names(Qualifier.values()));
        assertThat(enumOf(facts.get("kind"))).containsExactlyElementsOf(names(Kind.values()));
        assertThat(enumOf(facts.get("binding"))).containsExactlyElementsOf(names(Binding.values()));
        assertThat(enumOf(facts.get("source"))).containsExactlyElementsOf(names(Source.values()));
        JsonNode metadata = tree("document-3").at("/$defs/metadata/properties");
        assertThat(enumOf(metadata.get("level"))).containsExactlyElementsOf(names(AdministrativeLevel.values()));
        assertThat(enumOf(metadata.get("type"))).containsExactlyElementsOf(names(ReportType.values()));
        assertThat(enumOf(tree("panel-1").at("/properties/agreement"))).containsExactlyElementsOf(names(Agreement.values()));
        assertThat(enumOf(tree("attainment-1").at("/properties/verdict"))).containsExactlyElementsOf(names(Verdict.values()));
        assertThat(enumOf(tree("panel-1").at("/properties/coverage"))).containsExactlyElementsOf(names(Coverage.values()));
        assertThat(enumOf(tree("attainment-1").at("/properties/coverage"))).containsExactlyElementsOf(names(Coverage.values()));
    }

    private static void assertAllValid(Schema schema, List<String> lines) {
        List<String> problems = new ArrayList<>();
        for (String line : lines) {
            List<Error> errors = schema.validate(line, InputFormat.JSON);
            if (!errors.isEmpty() && problems.size() < 10) {
                problems.add(errors + " in " + line.substring(0, Math.min(300, line.length())));
            }
        }
        assertThat(problems).isEmpty();
    }

    private static Schema schema(String name) {
        return registry.getSchema(SchemaLocation.of(BASE + name + ".schema.json"));
    }

    private static JsonNode tree(String name) throws IOException {
        return JSON.readTree(root.resolve("docs/schemas/" + name + ".schema.json").toFile());
    }

    /** The enum of a property, without the null that optional values allow. */
    private static List<String> enumOf(JsonNode property) {
        List<String> values = new ArrayList<>();
        property.get("enum").forEach(v -> {
            if (!v.isNull()) {
                values.add(v.asText());
            }
        });
        return values;
    }

    private static List<String> names(JsonName[] values) {
        return Arrays.stream(values).map(JsonName::jsonName).toList();
    }

    private static Path seeds() {
        return root.resolve("corpus/src/main/resources/io/github/govreport/corpus/seeds");
    }

    /** The fact-documents case of a department budget, with 类, 款 and 项 columns. */
    private static Path departmentBudget() {
        return root.resolve("extract/src/test/resources/io/github/govreport/extract/fact-documents/"
                + "department-budget-table.txt");
    }

    private static Path chains() {
        return root.resolve("corpus/src/test/resources/io/github/govreport/corpus/chains");
    }
}
