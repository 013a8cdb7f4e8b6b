package io.github.govreport.extract.internal.fact;

import io.github.govreport.extract.Leniency;
import io.github.govreport.extract.dict.Dictionaries;
import io.github.govreport.extract.quantity.QuantityRecognizer;
import io.github.govreport.extract.role.RoleFeatures;
import io.github.govreport.extract.role.SentenceRoleModel;
import io.github.govreport.extract.segment.Segmenter;

/**
 * Wires the fact stages: each built once here and handed to the one that uses it, so that the
 * extractor and the stage benchmarks assemble facts the same way.
 */
public final class FactStages {

    private FactStages() {
    }

    /**
     * The fact assembler with its stages.
     *
     * @param reportYear the year the reports are delivered in, or null to read it from each text
     * @param roleModel  asked for the kind of a number the rules leave unknown; null for rules only
     */
    public static FactAssembler wire(Dictionaries dictionaries, Segmenter segmenter, Leniency leniency,
                                     Integer reportYear, SentenceRoleModel roleModel) {
        QuantityRecognizer quantities = new QuantityRecognizer(dictionaries, segmenter, leniency);
        KindResolver kinds = new KindResolver(dictionaries.kindCues(), dictionaries.sectionKinds());
        FactAttributor attributor = new FactAttributor(
                new IndicatorResolver(dictionaries.indicatorTrims(), segmenter, dictionaries.indicators()),
                new MeasureResolver(dictionaries.measureCues(), segmenter), kinds, dictionaries.indicators(),
                dictionaries.timeCues());
        ModelKinds modelKinds = roleModel == null ? null
                : new ModelKinds(new RoleFeatures(segmenter, dictionaries), roleModel);
        return new FactAssembler(quantities,
                new TableFacts(quantities, dictionaries.sectionKinds(), dictionaries.indicators(),
                        dictionaries.tableWords(), dictionaries.bindingWords()), kinds, attributor,
                dictionaries.timeCues(), dictionaries.bindingWords(), reportYear, modelKinds);
    }
}
