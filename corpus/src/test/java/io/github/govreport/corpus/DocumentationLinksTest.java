package io.github.govreport.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every relative link of the README and of {@code docs/*.md} resolves to a file or directory of the
 * repository, and a link to a heading of a Markdown file ({@code corpus.md#the-chains}) to a heading
 * that is there, by GitHub's rule for heading anchors. Links in code are not links; links with a
 * scheme (https:, mailto:) are not checked. No table of these files is cut in two by a blank line
 * (the rows after it would show as a paragraph of pipes).
 */
class DocumentationLinksTest {

    /** An inline link or image, {@code [text](target "title")}; the text may hold one level of brackets. */
    private static final Pattern INLINE = Pattern.compile("!?\\[(?:[^\\[\\]]|\\[[^\\[\\]]*\\])*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    /** A reference definition, {@code [name]: target}. */
    private static final Pattern REFERENCE = Pattern.compile("(?m)^ {0,3}\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(?:\\s.*)?$");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```+|~~~+)");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");

    @Test
    void everyRelativeLinkOfTheReadmeAndTheDocsResolves() throws IOException {
        Path root = RepositoryRoot.resolve("");
        List<Path> files = documentation(root);
        List<String> dead = new ArrayList<>();
        int links = 0;
        for (Path file : files) {
            List<String> targets = relativeLinks(Files.readString(file));
            links += targets.size();
            dead.addAll(deadLinks(root, file, targets));
        }
        System.out.printf("documentation links: %d relative links in %d files, %d dead%n", links, files.size(), dead.size());
        assertThat(links).as("relative links found").isGreaterThan(50);
        assertThat(dead).as("relative links that resolve to nothing in the repository").isEmpty();
    }

    @Test
    void noTableIsCutInTwoByABlankLine() throws IOException {
        Path root = RepositoryRoot.resolve("");
        List<String> broken = new ArrayList<>();
        for (Path file : documentation(root)) {
            brokenTables(Files.readString(file)).forEach(line -> broken.add(root.relativize(file) + ":" + line));
        }
        assertThat(broken).as("tables with a blank line between two rows (file:line of the row after it)").isEmpty();
        assertThat(brokenTables("| a | b |\n| --- | --- |\n| 1 | 2 |\n\n| 3 | 4 |\n\n| c | d |\n| --- | --- |\n"))
                .containsExactly(5);
    }

    @Test
    void aLinkToAMissingFileOrHeadingIsDeadAndCodeIsNotALink(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("docs/schemas"));
        Files.writeString(root.resolve("docs/guide.md"), "# The guide\n\n## Kind and `period`\n\n## Kind and `period`\n");
        String readme = """
                See [the guide](docs/guide.md), [its second part](docs/guide.md#kind-and-period-1),
                [the schemas](docs/schemas/), [here](#usage) and [the site](https://example.org/x.md).
                [gone](docs/gone.md), [no such heading](docs/guide.md#kinds), ![image](docs/missing.png),
                [outside](../elsewhere.md) and [no heading here](#nothing).

                ## Usage

                `[not a link](nowhere.md)`

                ```
                [not a link either](nowhere.md)
                ```
                [ref]: docs/also-gone.md
                """;
        Path file = root.resolve("README.md");
        Files.writeString(file, readme);
        List<String> dead = deadLinks(root, file, relativeLinks(readme));
        assertThat(dead).containsExactly("README.md: docs/gone.md", "README.md: docs/guide.md#kinds",
                "README.md: docs/missing.png", "README.md: ../elsewhere.md", "README.md: #nothing",
                "README.md: docs/also-gone.md");
    }

    /** README.md and docs/*.md. */
    private static List<Path> documentation(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(root.resolve("README.md"));
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().forEach(files::add);
        }
        assertThat(files).hasSizeGreaterThan(5);
        return files;
    }

    /**
     * The 1-based line numbers of table rows that follow a blank line after another row and are not
     * the header of a new table (the line after them is no delimiter row), outside code blocks.
     */
    static List<Integer> brokenTables(String markdown) {
        String[] lines = markdown.split("\n", -1);
        List<Integer> broken = new ArrayList<>();
        boolean inFence = false;
        for (int i = 0; i < lines.length; i++) {
            if (FENCE.matcher(lines[i]).find()) {
                inFence = !inFence;
            }
            boolean row = !inFence && lines[i].startsWith("|");
            boolean afterRowAndBlank = i >= 2 && lines[i - 1].isBlank() && lines[i - 2].startsWith("|");
            boolean header = i + 1 < lines.length && lines[i + 1].matches("^\\|\\s*:?-+.*");
            if (row && afterRowAndBlank && !header) {
                broken.add(i + 1);
            }
        }
        return broken;
    }

    /** The link targets of a Markdown text that have no scheme, outside code blocks and code spans. */
    static List<String> relativeLinks(String markdown) {
        String text = withoutCode(markdown);
        List<String> targets = new ArrayList<>();
        for (Pattern pattern : List.of(INLINE, REFERENCE)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                if (!SCHEME.matcher(m.group(1)).find()) {
                    targets.add(m.group(1));
                }
            }
        }
        return targets;
    }

    /** The targets of {@code file} that name no file of {@code root}, or no heading of the file they name. */
    static List<String> deadLinks(Path root, Path file, List<String> targets) throws IOException {
        List<String> dead = new ArrayList<>();
        Map<Path, Set<String>> anchors = new HashMap<>();
        for (String target : targets) {
            int hash = target.indexOf('#');
            String path = URLDecoder.decode(hash < 0 ? target : target.substring(0, hash), StandardCharsets.UTF_8);
            String anchor = hash < 0 ? "" : URLDecoder.decode(target.substring(hash + 1), StandardCharsets.UTF_8);
            Path resolved = (path.isEmpty() ? file : file.getParent().resolve(path)).normalize();
            boolean ok = resolved.startsWith(root.normalize()) && Files.exists(resolved);
            if (ok && !anchor.isEmpty() && resolved.getFileName().toString().endsWith(".md") && Files.isRegularFile(resolved)) {
                Set<String> headings = anchors.get(resolved);
                if (headings == null) {
                    headings = headingAnchors(Files.readString(resolved));
                    anchors.put(resolved, headings);
                }
                ok = headings.contains(anchor);
            }
            if (!ok) {
                dead.add(root.relativize(file) + ": " + target);
            }
        }
        return dead;
    }

    /** The anchors GitHub gives the headings of a Markdown text: lower case, punctuation dropped, spaces as -, repeats numbered. */
    static Set<String> headingAnchors(String markdown) {
        Set<String> anchors = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean inFence = false;
        for (String line : markdown.split("\n", -1)) {
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
                continue;
            }
            Matcher m = HEADING.matcher(line);
            if (inFence || !m.matches()) {
                continue;
            }
            String text = m.group(1).replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1");
            String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]", "").replace(' ', '-');
            int n = seen.merge(slug, 1, Integer::sum) - 1;
            anchors.add(n == 0 ? slug : slug + "-" + n);
        }
        return anchors;
    }

    /** The text without fenced code blocks and code spans, which hold no links. */
    private static String withoutCode(String markdown) {
        StringBuilder out = new StringBuilder();
        boolean inFence = false;
        for (String line : markdown.split("\n", -1)) {
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
                out.append('\n');
                continue;
            }
            out.append(inFence ? "" : line.replaceAll("(`+)(?:(?!\\1).)+?\\1", "")).append('\n');
        }
        return out.toString();
    }
}
