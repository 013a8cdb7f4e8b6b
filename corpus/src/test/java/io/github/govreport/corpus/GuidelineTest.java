package io.github.govreport.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The project's GUIDELINE.md starts with the shared spec/facts.md, unchanged, before its own decisions. */
class GuidelineTest {

    @Test
    void guidelineKeepsTheSharedSpecVerbatim() throws IOException {
        Path spec = SharedSeeds.directory().map(seeds -> seeds.resolveSibling("spec/facts.md")).orElse(null);
        assumeTrue(spec != null && Files.exists(spec), "shared/spec/facts.md is not beside the checkout");
        String guideline = new String(Corpus.class.getResourceAsStream("GUIDELINE.md").readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(guideline).startsWith(Files.readString(spec));
        assertThat(guideline).contains("## Decisions made while annotating the seeds");
    }
}
