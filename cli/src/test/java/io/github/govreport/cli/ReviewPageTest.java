package io.github.govreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.govreport.core.Document;
import io.github.govreport.core.json.ModelJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The review page as a file: what it holds and what it must not (the browser test shows it works). */
class ReviewPageTest {

    private static final Pattern SCRIPT = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL);

    static String page(List<Document> documents, List<ReviewPage.Failure> failures) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReviewPage.write(documents, failures, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The JSON in the page's data element, read back. */
    static JsonNode payload(String page) throws IOException {
        Matcher m = Pattern.compile("<script type=\"application/json\" id=\"review-data\">(.*?)</script>",
                Pattern.DOTALL).matcher(page);
        assertThat(m.find()).as("the data element").isTrue();
        return new ObjectMapper().readTree(m.group(1));
    }

    @Test
    void theDataIsTheDocumentJsonOfExtractAndTheFailures() throws IOException {
        List<Document> documents = ReviewDocuments.documents();

        JsonNode payload = payload(page(documents, List.of(new ReviewPage.Failure("a.pdf", "encrypted PDF"))));

        List<Document> read = new ArrayList<>();
        payload.get("documents").forEach(node -> read.add(ModelJson.readDocument(node.toString())));
        assertThat(read).isEqualTo(documents);
        assertThat(payload.get("failures").toString()).isEqualTo("[{\"input\":\"a.pdf\",\"reason\":\"encrypted PDF\"}]");
    }

    @Test
    void markupInTheTextCannotLeaveTheDataElement() throws IOException {
        String page = page(ReviewDocuments.documents(), List.of(new ReviewPage.Failure("</script><b>x", "<!--")));

        // Exactly two script elements: the data and the page's own code; the reports' scripts are escaped inside.
        List<String> scripts = new ArrayList<>();
        Matcher m = SCRIPT.matcher(page);
        while (m.find()) {
            scripts.add(m.group(1));
        }
        assertThat(scripts).containsExactly(" type=\"application/json\" id=\"review-data\"", "");
        assertThat(page).doesNotContain("alert(1)</script>", "<img", "<b>", "<!--");
        assertThat(payload(page).get("documents").get(0).get("text").asText()).isEqualTo(ReviewDocuments.FIRST_TEXT);
    }

    @Test
    void scriptSafeEscapesOnlyWhatCouldEndTheElement() {
        assertThat(ReviewPage.scriptSafe("{\"t\":\"</script><!-- & 增长\"}"))
                .isEqualTo("{\"t\":\"\\u003c/script\\u003e\\u003c!-- \\u0026 增长\"}");
    }

    @Test
    void thePageLoadsNothingAndOnlyItsOwnScriptAndStyleMayRun() throws IOException, NoSuchAlgorithmException {
        // Documents without markup of their own, so that whatever is found here is the page's.
        String page = page(List.of(TestDocuments.document("a"), TestDocuments.document("b")), List.of());

        assertThat(page).doesNotContainIgnoringCase("<link").doesNotContainIgnoringCase(" src=")
                .doesNotContainIgnoringCase("@import").doesNotContainIgnoringCase("url(")
                .doesNotContain("{{");
        Matcher code = SCRIPT.matcher(page);
        code.find();
        code.find();
        Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(page);
        assertThat(style.find()).isTrue();
        // The browser runs an inline element only when the hash of its exact content is in the policy.
        assertThat(page).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'sha256-" + sha256(style.group(1)) + "'; script-src 'sha256-" + sha256(code.group(2))
                + "'; img-src data:\">");
    }

    @Test
    void aPageWithoutDocumentsIsStillAPage() throws IOException {
        String page = page(List.of(), List.of(new ReviewPage.Failure("missing.txt", "no such file or directory")));

        assertThat(payload(page).get("documents")).isEmpty();
        assertThat(page).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    }

    private static String sha256(String text) throws NoSuchAlgorithmException {
        return Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
