package io.github.govreport.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.core.Fact;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No number that is not in the document: every number in the text of a fact read from a PDF
 * fixture occurs, whole, in the text the fixture was made from (its cells and its prose), so a
 * number run together from two cells (27.00 and 30218 → 27.0030218) fails. The borderless table
 * of t002 runs its columns together in the PDF: it must give no facts, not wrong ones.
 * t004 is a two-column gazette page: read across both columns, 1320亿元 broken after its 1 at
 * the end of a column line would be read as 320亿元.
 */
class PdfNumbersTest {

    private static final Pattern NUMBER = Pattern.compile("[0-9][0-9,]*(?:\\.[0-9]+)?");

    @ParameterizedTest(name = "{0}.pdf")
    @ValueSource(strings = {"f000", "f003", "t001", "t002", "t003", "t004"})
    void everyNumberOfAFactIsANumberOfTheSourceText(String fixture) {
        String source = new String(FormatFixtures.bytes(fixture, "txt"), StandardCharsets.UTF_8);
        List<String> invented = new ArrayList<>();
        List<Fact> facts = FormatFixtures.document(fixture, "pdf").facts();
        for (Fact fact : facts) {
            Matcher number = NUMBER.matcher(fact.text());
            while (number.find()) {
                if (!occursWhole(source, number.group())) {
                    invented.add(number.group() + " in " + fact.text() + " | " + fact.sentence());
                }
            }
        }
        System.out.printf("pdf numbers %s: %d facts, %d numbers not in the source text%n", fixture, facts.size(),
                invented.size());
        assertThat(facts).isNotEmpty();
        assertThat(invented).as("numbers of %s.pdf's facts that its source text does not hold", fixture)
                .isEmpty();
    }

    /** Whether {@code number} stands in {@code text} with no digit, comma or point glued to it. */
    private static boolean occursWhole(String text, String number) {
        int at = text.indexOf(number);
        while (at >= 0) {
            boolean before = at > 0 && isNumberChar(text.charAt(at - 1));
            int end = at + number.length();
            boolean after = end < text.length() && Character.isDigit(text.charAt(end));
            if (!before && !after) {
                return true;
            }
            at = text.indexOf(number, at + 1);
        }
        return false;
    }

    private static boolean isNumberChar(char c) {
        return Character.isDigit(c) || c == '.';
    }
}
