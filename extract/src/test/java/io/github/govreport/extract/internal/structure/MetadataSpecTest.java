package io.github.govreport.extract.internal.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.core.Metadata;
import io.github.govreport.extract.dict.Dictionaries;
import io.github.govreport.extract.dict.TsvTable;
import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The region and year of report fronts, as metadata-spec.tsv lists them. */
class MetadataSpecTest {

    private static final MetadataRecognizer RECOGNIZER = new MetadataRecognizer(Dictionaries.bundled().metadataCues(),
            Dictionaries.bundled().regions());

    private static final String SPEC = "/io/github/govreport/extract/metadata-spec.tsv";

    static Stream<TsvTable.Row> cases() throws IOException {
        try (InputStream in = MetadataSpecTest.class.getResourceAsStream(SPEC)) {
            return TsvTable.read("metadata-spec.tsv", in, "front", "region", "code", "level", "year", "why").rows()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("cases")
    void regionCodeLevelAndYear(TsvTable.Row row) {
        Metadata m = RECOGNIZER.recognize(row.get("front").replace("\\n", "\n")).metadata();
        String got = String.join(" ", orDash(m.region()), orDash(m.regionCode()),
                m.level() == null ? "-" : m.level().jsonName(), m.year() == null ? "-" : m.year().toString());
        String want = String.join(" ", row.get("region"), row.get("code"), row.get("level"), row.get("year"));
        assertThat(got).as("metadata-spec.tsv:%d %s", row.line(), row.get("why")).isEqualTo(want);
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }
}
