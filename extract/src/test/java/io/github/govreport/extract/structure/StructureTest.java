package io.github.govreport.extract.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.core.Section;
import io.github.govreport.extract.dict.Dictionaries;
import java.util.List;
import org.junit.jupiter.api.Test;

class StructureTest {

    @Test
    void splitsSentencesAtEndMarksAndLineEndsKeepingClosingQuotes() {
        List<Sentence> sentences = new SentenceSplitter().split("全年增长6.1%。他说：“好。”然后！\n  标题行\n\n最后；尾");
        assertThat(sentences).extracting(Sentence::text)
                .containsExactly("全年增长6.1%。", "他说：“好。”", "然后！", "标题行", "最后；", "尾");
        Sentence title = sentences.get(3);
        assertThat(title.line()).isEqualTo("  标题行");
    }

    @Test
    void buildsTheSectionTreeFromHeadingConventions() {
        String text = String.join("\n",
                "重庆市人民政府工作报告",
                "一、2023年工作回顾",
                "（一）着力扩大内需。全年增长6.1%。",
                "1. 消费",
                "增长8.5%。",
                "（二）工业",
                "二、2024年主要任务",
                "增长6%左右。");
        List<Section> sections = new HeadingRecognizer(Dictionaries.bundled().headingPatterns()).recognize(text);
        assertThat(sections).extracting(Section::heading).containsExactly("一、2023年工作回顾", "二、2024年主要任务");
        Section review = sections.get(0);
        assertThat(review.children()).extracting(Section::heading).containsExactly("（一）着力扩大内需", "（二）工业");
        assertThat(review.children().get(0).children()).extracting(Section::heading).containsExactly("1.消费");
        assertThat(review.span().end()).isEqualTo(text.indexOf("二、2024年"));
        assertThat(sections.get(1).span().end()).isEqualTo(text.length());
        assertThat(sections).extracting(Section::id).containsExactly("s1", "s5");
    }

    @Test
    void longNumberedParagraphsAreNotHeadings() {
        String paragraph = "1. " + "全市上下坚持稳中求进工作总基调".repeat(6);
        assertThat(new HeadingRecognizer(Dictionaries.bundled().headingPatterns()).recognize(paragraph)).isEmpty();
    }
}
