package io.github.govreport.panel;

import io.github.govreport.core.Document;
import io.github.govreport.extract.ExtractionException;
import io.github.govreport.extract.ReportExtractor;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The test reports of 江西省 (reports/): two work reports and a plan report, extracted once. */
final class Reports {

    static final List<String> NAMES = List.of("jiangxi_work_2023", "jiangxi_work_2024", "jiangxi_plan_2024");
    private static final List<Document> DOCUMENTS = extract();

    private Reports() {
    }

    static List<Document> all() {
        return DOCUMENTS;
    }

    static Path path(String name) {
        try {
            return Path.of(Reports.class.getResource("reports/" + name + ".txt").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Document> extract() {
        ReportExtractor extractor = ReportExtractor.create();
        List<Document> documents = new ArrayList<>();
        for (String name : NAMES) {
            try {
                documents.add(extractor.extract(path(name)));
            } catch (ExtractionException e) {
                throw new IllegalStateException(e);
            }
        }
        return List.copyOf(documents);
    }
}
