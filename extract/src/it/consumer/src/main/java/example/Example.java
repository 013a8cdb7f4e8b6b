package example;

import io.github.govreport.core.Document;
import io.github.govreport.core.Fact;
import io.github.govreport.extract.ExtractionException;
import io.github.govreport.extract.ReportExtractor;
import java.nio.file.Path;

/** The README's usage example, compiled against the installed library. */
public final class Example {

    public static void main(String[] args) throws ExtractionException {
        ReportExtractor extractor = ReportExtractor.create();          // build once, share between threads
        Document report = extractor.extract(Path.of(args[0]));        // PDF, DOCX, DOC, HTML, TXT, Markdown
        for (Fact fact : report.facts()) {
            System.out.printf("%s %s%s %s %s %s%n", fact.measure().jsonName(), fact.quantity().value().toPlainString(),
                    fact.quantity().unit() == null ? "" : fact.quantity().unit(), fact.qualifier().jsonName(),
                    fact.kind().jsonName(), fact.period());
        }
    }

    /** The same for text you already have. */
    public static Document fromText(String text) {
        return ReportExtractor.create().extract(text, "my-report");
    }

    private Example() {
    }
}
