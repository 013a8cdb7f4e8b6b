package io.github.govreport.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.core.Document;
import io.github.govreport.core.Fact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The facts of a fixture's PDF and of the Word document it was made from agree, every field
 * compared, tables included: a nested header is read the same from the PDF's layout and from the
 * DOCX's merged cells, a 收支总表's halves are split in both.
 */
class PdfDocxAgreementTest {

    private static final double MIN_AGREEMENT = 0.97;
    private static final double MIN_EACH = 0.93;

    /** A fact with every field a reader compares: number, unit, name, measure, kind, period. */
    private static String key(Fact fact) {
        return String.join("|", fact.quantity().value().toPlainString(), String.valueOf(fact.quantity().unit()),
                String.valueOf(fact.indicator()).replace(" ", ""), fact.measure().jsonName(), fact.kind().jsonName(),
                String.valueOf(fact.period()));
    }

    /** How many facts of one list are matched in the other, each used once. */
    private static int matched(List<String> a, List<String> b) {
        Map<String, Integer> left = new HashMap<>();
        b.forEach(k -> left.merge(k, 1, Integer::sum));
        int n = 0;
        for (String k : a) {
            if (left.getOrDefault(k, 0) > 0) {
                left.merge(k, -1, Integer::sum);
                n++;
            }
        }
        return n;
    }

    private static List<String> keys(String fixture, String format) {
        Document document = FormatFixtures.document(fixture, format);
        return document.facts().stream().map(PdfDocxAgreementTest::key).toList();
    }

    @Test
    void thePdfAndTheDocxOfATableFixtureGiveTheSameFacts() {
        int agreeing = 0;
        int all = 0;
        List<String> shares = new ArrayList<>();
        for (String fixture : List.of("t001", "t003", "t004", "f000", "f003")) {
            List<String> pdf = keys(fixture, "pdf");
            List<String> docx = keys(fixture, "docx");
            int both = matched(pdf, docx);
            double share = 2.0 * both / (pdf.size() + docx.size());
            shares.add(String.format("%s %.3f", fixture, share));
            assertThat(share).as("agreement of %s.pdf and %s.docx", fixture, fixture).isGreaterThanOrEqualTo(MIN_EACH);
            agreeing += 2 * both;
            all += pdf.size() + docx.size();
        }
        System.out.println("PDF and DOCX facts agree: " + shares + String.format(", all %.3f", (double) agreeing / all));
        assertThat((double) agreeing / all).isGreaterThanOrEqualTo(MIN_AGREEMENT);
    }

    @Test
    void whatThePdfReadsOfABorderlessTableTheDocxReadsToo() {
        // t002's tight borderless table stays text in the PDF (its columns cannot be told apart):
        // fewer facts, but none the DOCX does not have
        List<String> pdf = keys("t002", "pdf");
        assertThat(matched(pdf, keys("t002", "docx"))).isEqualTo(pdf.size());
    }
}
