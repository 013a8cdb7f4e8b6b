package io.github.govreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.core.Document;
import io.github.govreport.core.Fact;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The rule that gives the documents of one run ids of their own. */
class DocumentIdsTest {

    private final DocumentIds ids = new DocumentIds();

    @Test
    void aFreeIdIsKeptAndTheDocumentLeftAsItIs() {
        Document document = TestDocuments.document("report");

        assertThat(ids.give(document)).isSameAs(document);
        assertThat(ids.give(TestDocuments.document("other")).id()).isEqualTo("other");
    }

    @Test
    void laterDocumentsWithATakenIdGetTheFirstFreeSuffixInInputOrder() {
        assertThat(ids.give(TestDocuments.document("report")).id()).isEqualTo("report");
        assertThat(ids.give(TestDocuments.document("report")).id()).isEqualTo("report~2");
        assertThat(ids.give(TestDocuments.document("report~3")).id()).isEqualTo("report~3");
        assertThat(ids.give(TestDocuments.document("report")).id()).isEqualTo("report~4");
        assertThat(ids.give(TestDocuments.document("report~2")).id()).isEqualTo("report~2~2");
    }

    @Test
    void theFactsMoveWithTheirDocument() {
        ids.give(TestDocuments.document("report"));
        Document renamed = ids.give(TestDocuments.document("report"));

        assertThat(renamed.facts()).extracting(Fact::doc).containsOnly("report~2");
        assertThat(renamed.facts()).extracting(Fact::id).containsExactly("report~2#1", "report~2#2");
        // Everything but the ids is as it was.
        Document original = TestDocuments.document("report");
        assertThat(renamed.facts()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("doc", "id")
                .isEqualTo(original.facts());
        assertThat(renamed).usingRecursiveComparison().ignoringFields("id", "facts").isEqualTo(original);
    }

    @Test
    void anInputThatGaveNoDocumentStillTakesTheIdOfItsName() {
        ids.hold(new Input.File(Path.of("2022", "report.pdf")));
        ids.hold(new Input.Stdin());
        ids.hold(new Input.Unreadable("missing/other.txt", "no such file or directory"));

        assertThat(ids.give(TestDocuments.document("report")).id()).isEqualTo("report~2");
        assertThat(ids.give(TestDocuments.document("stdin")).id()).isEqualTo("stdin~2");
        assertThat(ids.give(TestDocuments.document("other")).id()).isEqualTo("other~2");
    }
}
