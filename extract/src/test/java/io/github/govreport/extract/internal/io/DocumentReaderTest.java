package io.github.govreport.extract.internal.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentReaderTest {

    private static final String REPORT = "一、2023年工作回顾\n地区生产总值增长6.1%。\n";

    @Test
    void plainTextNamedAsTextNeverBuildsTikasParser() throws Exception {
        DocumentReader reader = new DocumentReader(1000);

        RawText utf8 = reader.read(REPORT.getBytes(StandardCharsets.UTF_8), "a.txt", "a.txt");
        RawText gb18030 = reader.read(REPORT.getBytes(Charset.forName("GB18030")), "b.md", "b.md");
        RawText utf16 = reader.read(REPORT.getBytes(StandardCharsets.UTF_16), "c.txt", "c.txt");

        assertThat(List.of(utf8.text(), gb18030.text(), utf16.text())).containsOnly(REPORT);
        assertThat(utf8.mediaType()).isEqualTo("text/plain");
        assertThat(gb18030.mediaType()).isEqualTo("text/x-web-markdown");
        assertThat(reader.parserBuilt()).isFalse();
    }

    @Test
    void otherNamesAndNonTextContentGoThroughDetection() throws Exception {
        DocumentReader reader = new DocumentReader(1000);

        RawText html = reader.read("<html><body><p>增长6.1%</p></body></html>".getBytes(StandardCharsets.UTF_8),
                "page.txt", "page.txt");

        assertThat(html.mediaType()).isEqualTo("text/html");
        assertThat(html.text()).contains("增长6.1%").doesNotContain("<p>");
        assertThat(reader.parserBuilt()).isTrue();
    }

    @Test
    void theSnifferLeavesEveryOtherFormatToTika() {
        assertThat(FormatSniffer.isPlainText(REPORT.getBytes(Charset.forName("GB18030")))).isTrue();
        assertThat(FormatSniffer.isPlainText("\uFEFF正文".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(FormatSniffer.isPlainText("%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1))).isFalse();
        assertThat(FormatSniffer.isPlainText("junk\n%PDF-1.4".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(FormatSniffer.isPlainText(new byte[] {'P', 'K', 3, 4, 20, 0})).isFalse();
        assertThat(FormatSniffer.isPlainText(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})).isFalse();
        assertThat(FormatSniffer.isPlainText("\n  <!DOCTYPE html>".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(FormatSniffer.isPlainText("{\\rtf1".getBytes(StandardCharsets.US_ASCII))).isFalse();
    }

    @Test
    void pageRangesAreWrittenForPeople() {
        assertThat(PageRanges.describe(List.of(4))).isEqualTo("page 4");
        assertThat(PageRanges.describe(List.of(1, 2, 3, 7, 9, 10))).isEqualTo("pages 1–3, 7, 9–10");
    }
}
