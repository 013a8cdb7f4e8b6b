package io.github.govreport.extract.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.core.Span;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void foldsFullWidthDigitsAndPercentButKeepsChinesePunctuation() {
        NormalizedText text = normalizer.normalize("增长６．１％，（一）ＧＤＰ", "text/plain");
        assertThat(text.text()).isEqualTo("增长6.1%，（一）GDP");
    }

    @Test
    void dropsMarkdownEmphasisAndMapsBackToTheSource() {
        String source = "地区生产总值**30145.79**亿元,增长**6.1%**";
        NormalizedText text = normalizer.normalize(source, "text/plain");
        assertThat(text.text()).isEqualTo("地区生产总值30145.79亿元,增长6.1%");
        int start = text.text().indexOf("6.1%");
        Span source61 = text.toSource(new Span(start, start + 4));
        assertThat(source61.slice(source)).isEqualTo("6.1%");
        int gdp = text.text().indexOf("30145.79亿元");
        assertThat(text.toSource(new Span(gdp, gdp + 10)).slice(source)).isEqualTo("30145.79**亿元");
    }

    @Test
    void dropsByteOrderMarkAndCarriageReturns() {
        String source = "\uFEFF一、回顾\r\n增长5%\r\n";
        NormalizedText text = normalizer.normalize(source, "text/plain");
        assertThat(text.text()).isEqualTo("一、回顾\n增长5%\n");
        int five = text.text().indexOf('5');
        assertThat(text.toSource(new Span(five, five + 2)).slice(source)).isEqualTo("5%");
    }

    @Test
    void dropsThePdfSpaceBetweenChineseAndDigitsOnlyInPdfText() {
        assertThat(normalizer.normalize("生产总值 30145.79亿元,增长 6.1%", "application/pdf").text())
                .isEqualTo("生产总值30145.79亿元,增长6.1%");
        assertThat(normalizer.normalize("1 扎实推进", "text/plain").text()).isEqualTo("1 扎实推进");
    }

    @Test
    void offsetMapsCompose() {
        OffsetMap first = normalizer.normalize("**６**％", "text/plain").map();   // → "6%"
        assertThat(first.length()).isEqualTo(2);
        OffsetMap second = OffsetMap.identity(2);
        OffsetMap composed = first.then(second);
        assertThat(composed.toSource(new Span(0, 2))).isEqualTo(new Span(2, 6));
        assertThat(composed.toSource(new Span(1, 1))).isEqualTo(new Span(5, 5));
    }

    @Test
    void countsCodePoints() {
        String source = "𠀀增长**6**%";
        NormalizedText text = normalizer.normalize(source, "text/plain");
        assertThat(text.text()).isEqualTo("𠀀增长6%");
        assertThat(text.map().length()).isEqualTo(5);
        assertThat(text.toSource(new Span(3, 5)).slice(source)).isEqualTo("6**%");
        assertThat(CodePointIndex.of(text.text()).codePoint(text.text().indexOf('6'))).isEqualTo(3);
    }
}
