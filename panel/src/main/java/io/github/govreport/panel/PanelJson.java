package io.github.govreport.panel;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.govreport.core.json.internal.JsonTrees;
import java.util.List;

/**
 * The JSON lines of the panel ({@code panel/1}) and of target attainment ({@code attainment/1}),
 * as {@code docs/panel.md} describes them. Absent values are written as null, never left out;
 * decimals are written exactly. Stateless and thread-safe.
 */
public final class PanelJson {

    public static final String PANEL_SCHEMA = "panel/1";
    public static final String ATTAINMENT_SCHEMA = "attainment/1";

    /** The keys of a {@code panel/1} line, in the order they are written. */
    public static final List<String> PANEL_KEYS = List.of("schema", "region", "regionCode", "indicatorId",
            "indicator", "measure", "year", "kind", "coverage", "value", "valueMax", "unit", "normalized", "qualifier",
            "agreement", "sources");

    /** The keys of an {@code attainment/1} line, in the order they are written. */
    public static final List<String> ATTAINMENT_KEYS = List.of("schema", "region", "regionCode", "indicatorId",
            "indicator", "measure", "coverage", "year", "target", "actual", "gap", "verdict");

    private PanelJson() {
    }

    /** One {@code panel/1} line, without a line break. */
    public static String observationLine(Observation o) {
        ObjectNode node = JsonTrees.newObject();
        node.put("schema", PANEL_SCHEMA);
        node.put("region", o.region());
        node.put("regionCode", o.regionCode());
        node.put("indicatorId", o.indicatorId());
        node.put("indicator", o.indicator());
        node.put("measure", o.measure().jsonName());
        node.put("year", o.year());
        node.put("kind", o.kind().jsonName());
        node.put("coverage", o.coverage().jsonName());
        node.put("value", o.quantity().value());
        node.put("valueMax", o.quantity().valueMax());
        node.put("unit", o.quantity().unit());
        ObjectNode normalized = node.putObject("normalized");
        normalized.put("value", o.quantity().normalized().value());
        normalized.put("unit", o.quantity().normalized().unit());
        node.put("qualifier", o.qualifier().jsonName());
        node.put("agreement", o.agreement().jsonName());
        ArrayNode sources = node.putArray("sources");
        for (Provenance p : o.sources()) {
            ObjectNode source = sources.addObject();
            source.put("doc", p.doc());
            source.put("part", p.part());
            source.put("fact", p.fact());
            source.put("reportType", p.reportType() == null ? null : p.reportType().jsonName());
            source.put("reportYear", p.reportYear());
            source.put("start", p.start());
            source.put("end", p.end());
            source.put("text", p.text());
            source.put("value", p.quantity().value());
            source.put("valueMax", p.quantity().valueMax());
            source.put("unit", p.quantity().unit());
            source.put("qualifier", p.qualifier().jsonName());
            source.put("sentence", p.sentence());
        }
        return JsonTrees.line(node);
    }

    /** One {@code attainment/1} line, without a line break. */
    public static String attainmentLine(Attainment a) {
        ObjectNode node = JsonTrees.newObject();
        node.put("schema", ATTAINMENT_SCHEMA);
        node.put("region", a.region());
        node.put("regionCode", a.regionCode());
        node.put("indicatorId", a.indicatorId());
        node.put("indicator", a.indicator());
        node.put("measure", a.measure().jsonName());
        node.put("coverage", a.coverage().jsonName());
        node.put("year", a.year());
        side(node, "target", a.target());
        side(node, "actual", a.actual());
        node.put("gap", a.gap());
        node.put("verdict", a.verdict().jsonName());
        return JsonTrees.line(node);
    }

    private static void side(ObjectNode parent, String key, Attainment.Side side) {
        if (side == null) {
            parent.putNull(key);
            return;
        }
        ObjectNode node = parent.putObject(key);
        node.put("value", side.value());
        node.put("valueMax", side.valueMax());
        node.put("unit", side.unit());
        node.put("measure", side.measure().jsonName());
        node.put("qualifier", side.qualifier().jsonName());
        node.put("doc", side.doc());
        node.put("fact", side.fact());
        node.put("text", side.text());
    }
}
