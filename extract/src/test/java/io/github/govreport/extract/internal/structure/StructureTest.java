package io.github.govreport.extract.internal.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.core.Section;
import io.github.govreport.extract.dict.Dictionaries;
import io.github.govreport.extract.internal.normalize.TextNormalizer;
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
        List<Section> sections = new HeadingRecognizer(Dictionaries.bundled().headingPatterns(), Dictionaries.bundled().layoutMarks()).recognize(text);
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
        assertThat(new HeadingRecognizer(Dictionaries.bundled().headingPatterns(), Dictionaries.bundled().layoutMarks()).recognize(paragraph)).isEmpty();
    }

    private static String outline(List<Section> sections) {
        StringBuilder out = new StringBuilder();
        sections.forEach(s -> render(s, out));
        return out.toString();
    }

    private static void render(Section section, StringBuilder out) {
        out.append("  ".repeat(section.level() - 1)).append(section.heading()).append('\n');
        section.children().forEach(c -> render(c, out));
    }

    private static final HeadingRecognizer HEADINGS = new HeadingRecognizer(Dictionaries.bundled().headingPatterns(), Dictionaries.bundled().layoutMarks());

    @Test
    void boldLinesHeadTheNumberedItemsUnderThemAndMarkdownMarksAreNoLabels() {
        String source = String.join("\n", "### 重点做好9个方面的工作", "", "**着力建设现代化产业体系。**  ",
                "1. 聚力推动科技创新。", "2. 提质发展先进制造业。", "**着力扩大有效需求。**", "1. 全力以赴稳定投资。",
                "### 全面加强政府自身建设", "1. 持续强化政治引领。", "");
        var text = new TextNormalizer().normalize(source, "text/markdown");
        assertThat(outline(HEADINGS.recognize(text.text(), List.of(), text.emphasisedLines()))).isEqualTo("""
                重点做好9个方面的工作
                  着力建设现代化产业体系
                    1.聚力推动科技创新
                    2.提质发展先进制造业
                  着力扩大有效需求
                    1.全力以赴稳定投资
                全面加强政府自身建设
                  1.持续强化政治引领
                """);
    }

    @Test
    void aShortLineOverAListTitlesItAndAHeadingOfAnotherYearClosesTheOpenOnes() {
        String text = String.join("\n", "2023年工作回顾", "1 扎实推进双城经济圈建设", "全年增长6%。",
                "2024年 接续实施一批民生实事", "- 新开工改造城镇老旧小区4186万平方米", "", "全面加强政府自身建设",
                "- 一、强化政治铸魂。", "", "2024年主要任务", "经济社会发展主要预期目标", "地区生产总值增长6%左右。");
        assertThat(outline(HEADINGS.recognize(text))).isEqualTo("""
                2023年工作回顾
                  1扎实推进双城经济圈建设
                2024年 接续实施一批民生实事
                全面加强政府自身建设
                2024年主要任务
                  经济社会发展主要预期目标
                """);
    }

    @Test
    void aNumberingConventionNeverOpensUnderALowerOneAndSectionsStopAtPartStarts() {
        assertThat(outline(HEADINGS.recognize("（一）总体要求\n内容。\n一、2023年预算执行情况\n（一）全市\n"))).isEqualTo("""
                （一）总体要求
                一、2023年预算执行情况
                  （一）全市
                """);
        String text = String.join("\n", "预算报告", "一、2023年预算执行情况", "（一）全市", "1.收入", "重庆市人民政府工作报告",
                "一、2023年工作回顾", "（一）发展");
        int secondReport = text.indexOf("重庆市人民政府工作报告");
        List<Section> sections = HEADINGS.recognize(text, List.of(0, secondReport), List.of());
        assertThat(outline(sections)).isEqualTo("""
                一、2023年预算执行情况
                  （一）全市
                    1.收入
                一、2023年工作回顾
                  （一）发展
                """);
        assertThat(sections.get(0).span().end()).isEqualTo(secondReport);
    }
}
