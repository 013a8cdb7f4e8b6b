package io.github.govreport.panel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.govreport.core.Kind;
import io.github.govreport.core.Measure;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PanelJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Panel PANEL = Panel.of(Reports.all());

    @Test
    void aPanelLineHasEveryKeyInOrderWithNullsWritten() throws Exception {
        for (Observation o : PANEL.observations()) {
            JsonNode line = JSON.readTree(PanelJson.observationLine(o));
            assertThat(keys(line)).containsExactlyElementsOf(PanelJson.PANEL_KEYS);
            assertThat(line.get("schema").asText()).isEqualTo("panel/1");
            assertThat(line.get("sources")).hasSize(o.sources().size());
            assertThat(line.get("valueMax").isNull()).isTrue();
        }
    }

    @Test
    void anAttainmentLineHasEveryKeyAndANullResultWhenThereIsNone() throws Exception {
        for (Attainment a : TargetTracker.bundled().track(PANEL)) {
            JsonNode line = JSON.readTree(PanelJson.attainmentLine(a));
            assertThat(keys(line)).containsExactlyElementsOf(PanelJson.ATTAINMENT_KEYS);
            assertThat(line.get("actual").isNull()).isEqualTo(a.verdict() == Verdict.NO_RESULT);
            assertThat(line.get("target").get("text").asText()).isEqualTo(a.target().text());
        }
    }

    @Test
    void decimalsAreWrittenExactly() {
        Observation gdp = PANEL.find("360000", "gdp", Measure.GROWTH, 2023,
                Kind.ACTUAL).orElseThrow();
        assertThat(PanelJson.observationLine(gdp)).contains("\"value\":4.1,").doesNotContain("E");
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
