package io.github.govreport.extract.internal.normalize;

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

    @Test
    void joinsAParagraphThatAPageBreakSplitInPlainText() {
        // seed 001 lines 133-135: the page break fell between 公 and 里
        String source = "一、重点工作\n\n持续扩大有效投资。加快交通强市建设，力争高铁、高速公路通车里程分别突破1100公\n\n"
                + "里、4500公里；加快现代水网建设，促进水网与水电、航运等功能协同融合发展。\n\n二、下一段\n";
        NormalizedText text = normalizer.normalize(source, "text/plain");
        assertThat(text.text()).contains("突破1100公里、4500公里；").startsWith("一、重点工作\n\n持续").contains("。\n\n二、下一段");
        int at = text.text().indexOf("1100公里");
        assertThat(text.toSource(new Span(at, at + 6)).slice(source)).isEqualTo("1100公\n\n里");
    }

    @Test
    void keepsTitleLinesHeadingsListsAndShortLinesApart() {
        String source = String.join("\n", "关于重庆市2023年国民经济和社会发展计划执行情况及2024年计划草案的报告", "",
                "重庆市发展和改革委员会", "", "一、2023年国民经济和社会发展规划执行情况", "",
                "2023年，面对严峻复杂的国际环境和艰巨繁重的改革发展稳定任务，全市上下坚持稳中求进工作总基调。", "",
                "- 新开工改造城镇老旧小区4186万平方米", "- 实施100个街头绿地提质项目", "");
        assertThat(normalizer.normalize(source, "text/plain").text()).isEqualTo(source);
    }

    @Test
    void repairsPdfLayoutLineBreaksPageNumbersAndRunningHeaders() {
        String line = "全市上下坚持稳中求进工作总基调，经济运行持续回升向好。";   // a full line of 27 characters
        String source = "重庆市人民政府工作报告2023 年，全市地区生产总值增长 6.1%，新增上市企业 10\n"
                + "家，科技型企业达到 5.85 万家，高新技术企业达到 7565 家，专\n"
                + "精特新企业达到 3694 家。\n"
                + "　　一、2023 年工作回顾\n"
                + (line + "\n").repeat(3)
                + "全市上下坚持稳中求进工作总基调，经济运行持续回升向好地\n\n— 1 —\n\n\n\n"
                + "重庆市人民政府工作报告区生产总值增长 6.1%。\n"
                + (line + "\n").repeat(2)
                + "\n— 2 —\n\n\n重庆市人民政府工作报告" + line + "\n";
        NormalizedText text = normalizer.normalize(source, "application/pdf");
        assertThat(text.text()).startsWith("2023年，全市地区生产总值增长6.1%，新增上市企业10家，科技型企业达到5.85万家，"
                        + "高新技术企业达到7565家，专精特新企业达到3694家。\n　　一、2023年工作回顾\n")
                .contains("运行持续回升向好地区生产总值增长6.1%。")
                .doesNotContain("— 1 —").doesNotContain("— 2 —").doesNotContain("重庆市人民政府工作报告");
        int ten = text.text().indexOf("10家");
        assertThat(text.toSource(new Span(ten, ten + 3)).slice(source)).isEqualTo("10\n家");
    }

    @Test
    void dropsRunningHeadsThatStandOnTheirOwnLineAtTheTopOfAPage() {
        String line = "全市上下坚持稳中求进工作总基调，经济运行持续回升向好。";   // a full line of 27 characters
        // A gazette copied out of its PDF: the name and the report's title head alternate pages.
        String source = "某某市人民政府公报 2025年第2期\n\n政府工作报告\n一、2024年工作回顾\n"
                + (line + "\n").repeat(3)
                + "全年新建国家级专精特新“小巨人”企业、智能工厂和国家级\n— 3 —\n某某市人民政府公报 2025年第2期\n"
                + "5G工厂6家。\n" + (line + "\n").repeat(3)
                + "— 4 —\n政府工作报告\n" + (line + "\n").repeat(2);
        String text = normalizer.normalize(source, "application/pdf").text();
        assertThat(text).startsWith("某某市人民政府公报2025年第2期\n\n政府工作报告\n")
                .contains("智能工厂和国家级5G工厂6家。");
        // Only the title at the top is left: neither running head stays in the body.
        assertThat(text.indexOf("政府工作报告")).isEqualTo(text.lastIndexOf("政府工作报告"));
        assertThat(text.indexOf("公报")).isEqualTo(text.lastIndexOf("公报"));
    }

    @Test
    void joinsAPdfLineThatStartsWithANumberAfterAFullLineButKeepsNumberedHeadings() {
        String line = "全市上下坚持稳中求进工作总基调，经济运行持续回升向好。";   // a full line of 27 characters
        String source = (line + "\n").repeat(3)
                + "时尚文化城、“两江四岸”嘉陵江段治理提升等重点项目共计有\n"
                + "20 个市级重点项目超额完成年度目标。\n"
                + "1 扎实推进成渝地区双城经济圈建设\n"
                + line + "\n";
        NormalizedText text = normalizer.normalize(source, "application/pdf");
        assertThat(text.text()).contains("重点项目共计有20个市级重点项目超额完成年度目标。\n1 扎实推进成渝地区双城经济圈建设\n");
        int twenty = text.text().indexOf("20个");
        assertThat(text.toSource(new Span(twenty, twenty + 3)).slice(source)).isEqualTo("20 个");
    }

    @Test
    void removesLostFootnoteMarkersAndLinksThemToTheFootnoteTexts() {
        // seed 003: the superscript numbers were lost and left "[⏎]" in the running text
        String source = "落实党建统领“885”[\n]三项重点任务，“十项行动”[\n]分步实施。\n\n"
                + "重庆市渝中区人民政府办公室 2024年2月9日印发\n"
                + "[\uFFFD] 为党建、经济、平安“八张报表”。\n\n[\uFFFD] 为提升主城都市区极核引领行动。\n";
        NormalizedText text = normalizer.normalize(source, "text/plain");
        assertThat(text.text()).startsWith("落实党建统领“885”三项重点任务，“十项行动”分步实施。\n");
        assertThat(text.footnotes()).hasSize(2);
        var first = text.footnotes().get(0);
        assertThat(first.text().slice(text.text())).isEqualTo("为党建、经济、平安“八张报表”。");
        assertThat(first.marker().start()).isEqualTo(text.text().indexOf("三项"));
        assertThat(text.footnotes().get(1).marker().start()).isEqualTo(text.text().indexOf("分步"));
        int task = text.text().indexOf("三项");
        assertThat(text.toSource(new Span(task - 1, task + 1)).slice(source)).isEqualTo("”[\n]三");
    }

    @Test
    void linksNumberedFootnoteMarkersByLabel() {
        String source = "落实“885”[1]三项重点任务，“十项行动” [2]分步实施，共[3]项。\n[2] 为十项行动。\n[1] 为八张报表。\n";
        NormalizedText text = normalizer.normalize(source, "application/pdf");
        assertThat(text.text()).startsWith("落实“885”三项重点任务，“十项行动”分步实施，共[3]项。");
        assertThat(text.footnotes()).extracting(f -> f.label() + f.text().slice(text.text()))
                .containsExactly("[2]为十项行动。", "[1]为八张报表。");
        assertThat(text.footnotes().get(1).marker().start()).isEqualTo(text.text().indexOf("三项"));
    }

    @Test
    void joinsTheLinesOfPlainTextCopiedOutOfAPdf() {
        String source = String.join("\n",
                "二、2021年执行情况",
                "全省地区生产总值达到53850.8亿元，比上年增长8.2个百分点以上，两年平均增长",
                "6.0%，经济总量继续保持全国第6位，三次产业分别增长7.0%、7.4%、8.9",
                "%。规模以上工业增加值增长9.8%，全社会固定资产投资增长10.1%，社会消费",
                "品零售总额24133.2亿元、增长15.9%，进出口总额9513.6亿元、增长17.6%，地",
                "方一般公共预算收入4773.3亿元、增长11.0%，税收收入3330.5亿元、增长9.",
                "6%，城镇新增就业105.5万人，完成年度目标的124.1%，城镇调查失业率5.3%，支出完成70",
                "2.9亿元，为调整预算的95.2%，其中民生支出537.7亿元，比上年下降26",
                ".7%，政府性基金预算收入完成412.7亿元，国有资本经营预算收入完成3.2亿元。",
                "图1  2021年全省地区生产总值与全国增速对比情况分析（单位：亿元、%）",
                "（一）经济运行稳中加固。全省地区生产总值达到53850.8亿元，比上年增长",
                "8.2%。");
        String text = normalizer.normalize(source, "text/plain").text();
        assertThat(text).contains("两年平均增长6.0%", "分别增长7.0%、7.4%、8.9%。", "社会消费品零售总额",
                "地方一般公共预算收入", "增长9.6%", "比上年增长8.2%。", "支出完成702.9亿元", "比上年下降26.7%");
        // Headings and captions keep their own lines.
        assertThat(text).contains("二、2021年执行情况\n", "\n图1", "（单位：亿元、%）\n（一）");
    }

    @Test
    void leavesTextWrittenOneParagraphPerLineAlone() {
        String source = String.join("\n",
                "一、2023年工作回顾",
                "过去一年，全市地区生产总值增长6.1%，规模以上工业增加值增长6.6%，社会消费品零售总额增长8.6%。",
                "一般公共预算收入增长16%，固定资产投资增长4.3%，全体居民人均可支配收入增长5.4%。",
                "重大项目有序推进",
                "全年新增经营主体64.8万户、增长21.8%，新增上市企业10家，科技型企业达到5.85万家。");
        assertThat(normalizer.normalize(source, "text/plain").text()).isEqualTo(source);
    }

    @Test
    void dropsTheLetterSpacingOfATitleButNotSpacesBetweenWords() {
        assertThat(normalizer.normalize("政 府 工 作 报 告\n", "text/plain").text()).isEqualTo("政府工作报告\n");
        assertThat(normalizer.normalize("各　位　代　表：", "text/plain").text()).isEqualTo("各位代表：");
        // Two characters, or words of several characters, are not letter-spaced.
        assertThat(normalizer.normalize("广东省省长 王伟中", "text/plain").text()).isEqualTo("广东省省长 王伟中");
        assertThat(normalizer.normalize("目 录", "text/plain").text()).isEqualTo("目 录");
        assertThat(normalizer.normalize("重庆 成都 西安", "text/plain").text()).isEqualTo("重庆 成都 西安");
    }

    @Test
    void aTableWhoseCellsAreSeparatedBySpacesBecomesTabSeparated() {
        String source = String.join("\n",
                "2022年全省经济社会发展主要指标",
                "指标名称 单位 2021年实际 2022年目标 属性",
                "地区生产总值增长 % 8.2 7左右 预期性",
                "森林覆盖率   %   40.2   40.3   约束性",
                "",
                "全年地区生产总值增长 8%。");
        NormalizedText normalized = normalizer.normalize(source, "text/plain");
        assertThat(normalized.text()).contains(
                "\n指标名称\t单位\t2021年实际\t2022年目标\t属性\n",
                "\n地区生产总值增长\t%\t8.2\t7左右\t预期性\n",
                "\n森林覆盖率\t%\t40.2\t40.3\t约束性\n",
                "全年地区生产总值增长8%。");
        // each tab maps back to the first space of its run
        int tab = normalized.text().indexOf("\t40.3");
        Span back = normalized.map().toSource(new Span(tab, tab + 1));
        assertThat(source.substring(back.start(), back.end())).isEqualTo(" ");
    }

    @Test
    void spacesThatAreNoTableStayAsTheyWere() {
        // a header alone, rows without a header, a row count that changes, prose with a clause mark
        for (String source : new String[] {
            "指标名称 单位 2022年目标\n全年增长 6% 左右。\n",
            "地区生产总值增长 % 8.2 7左右\n森林覆盖率 % 40.2 40.3\n空气质量 % 89.5 90\n",
            "指标名称 单位 2021年实际 2022年目标\n地区生产总值增长 % 8.2 7左右\n森林覆盖率 % 40.2\n",
            "重点项目 亿元 投资\n新开工 120个，完成 300亿元 投资\n续建 80个，完成 200亿元 投资\n",
            "重庆 成都 西安\n",
        }) {
            assertThat(normalizer.normalize(source, "text/plain").text()).as(source).doesNotContain("\t");
        }
    }

    @Test
    void aDatelineIsNotJoinedToTheParagraphAfterIt() {
        String source = "2025-03-05 11:26:40　来源：新华社通讯社\n\n新华社北京3月5日电（记者 陈思远）十四届全国人大三次会议5日上午在人民大会堂开幕。\n";
        assertThat(normalizer.normalize(source, "text/plain").text()).startsWith("2025-03-05 11:26:40　来源：新华社通讯社\n");
    }
}
