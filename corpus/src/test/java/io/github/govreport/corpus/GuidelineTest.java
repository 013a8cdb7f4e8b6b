package io.github.govreport.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The corpus's GUIDELINE.md starts with the repository's docs/facts.md, unchanged, before its own decisions. */
class GuidelineTest {

    @Test
    void guidelineKeepsTheFactGuideVerbatim() throws IOException {
        String guide = Files.readString(RepositoryRoot.resolve("docs/facts.md"));
        String guideline = new String(Corpus.class.getResourceAsStream("GUIDELINE.md").readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(guideline).startsWith(guide);
        assertThat(guideline).contains("## Decisions made while annotating the seeds");
    }
}
