package io.github.govreport.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.govreport.core.Document;
import io.github.govreport.core.json.internal.JsonTrees;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The review page of {@code govreport report}: one self-contained HTML file that shows each
 * document's text with its facts highlighted, a table of the facts and a chart per indicator.
 *
 * <p>The page is the template {@code review/review.html} with its style and script inlined and the
 * documents embedded as JSON: the same {@code document/3} objects that {@code extract --format json}
 * writes. The page's script builds everything from that JSON with text nodes, never as markup, so
 * a report's text cannot become part of the page. The JSON is escaped so that nothing in it can
 * close its {@code <script>} element, and a Content-Security-Policy lets only the page's own style
 * and script run and forbids every network request.
 */
final class ReviewPage {

    /** An input that gave no document, shown on the page as on standard error. */
    record Failure(String input, String reason) {
    }

    private static final String TEMPLATE = resource("review/review.html");
    private static final String STYLE = resource("review/review.css");
    private static final String SCRIPT = resource("review/review.js");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    static {
        // Our own files, inlined as they are: either closing tag would end its element early.
        if (STYLE.toLowerCase(Locale.ROOT).contains("</style") || SCRIPT.toLowerCase(Locale.ROOT).contains("</script")) {
            throw new IllegalStateException("review.css or review.js contains a closing tag");
        }
    }

    private ReviewPage() {
    }

    /** Writes the page for {@code documents} (in input order) and the inputs that failed, as UTF-8. */
    static void write(List<Document> documents, List<Failure> failures, OutputStream out) throws IOException {
        Map<String, String> values = Map.of(
                "csp", contentSecurityPolicy(),
                "style", STYLE,
                "script", SCRIPT,
                "data", scriptSafe(JsonTrees.line(payload(documents, failures))));
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(fill(TEMPLATE, values));
        writer.flush();
    }

    private static ObjectNode payload(List<Document> documents, List<Failure> failures) {
        ObjectNode payload = JsonTrees.newObject();
        ArrayNode documentNodes = payload.putArray("documents");
        documents.forEach(document -> documentNodes.add(JsonTrees.documentNode(document)));
        ArrayNode failureNodes = payload.putArray("failures");
        for (Failure failure : failures) {
            failureNodes.addObject().put("input", failure.input()).put("reason", failure.reason());
        }
        return payload;
    }

    /**
     * JSON that can sit inside a {@code <script>} element: {@code <}, {@code >} and {@code &} only
     * occur inside JSON strings, where their {@code \}{@code u} escapes mean the same characters, so
     * neither {@code </script>} nor {@code <!--} can appear in the element.
     */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    /** Only the inlined style and script may run (by their hashes); nothing may be loaded. */
    static String contentSecurityPolicy() {
        return "default-src 'none'; style-src '" + sha256(STYLE) + "'; script-src '" + sha256(SCRIPT)
                + "'; img-src data:";
    }

    /** One pass over the template, so that a value that happens to contain {@code {{data}}} is left as it is. */
    private static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder page = new StringBuilder(template.length() + values.values().stream()
                .mapToInt(String::length).sum());
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("review.html names an unknown placeholder " + m.group());
            }
            m.appendReplacement(page, Matcher.quoteReplacement(value));
        }
        m.appendTail(page);
        return page.toString();
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = ReviewPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the review page resource " + name + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the review page resource " + name, e);
        }
    }
}
