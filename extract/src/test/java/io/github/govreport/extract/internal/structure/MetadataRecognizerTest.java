package io.github.govreport.extract.internal.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.govreport.core.AdministrativeLevel;
import io.github.govreport.core.ReportType;
import io.github.govreport.extract.dict.DictionaryException;
import io.github.govreport.extract.dict.Dictionaries;
import io.github.govreport.extract.dict.TsvTable;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MetadataRecognizerTest {

    private final MetadataRecognizer recognizer = new MetadataRecognizer(Dictionaries.bundled().metadataCues(),
            Dictionaries.bundled().regions());

    @Test
    void readsTheFrontOfAWorkReport() {
        var result = recognizer.recognize(String.join("\n", "广西壮族自治区人民政府工作报告", "",
                "——2024年1月22日在广西壮族自治区第十四届人民代表大会第三次会议上", "", "自治区主席 蓝天立", "",
                "各位代表：", "现在，我代表自治区人民政府向大会报告工作。"));
        var m = result.metadata();
        assertThat(m.title()).isEqualTo("广西壮族自治区人民政府工作报告");
        assertThat(m.type()).isEqualTo(ReportType.WORK_REPORT);
        assertThat(m.region()).isEqualTo("广西壮族自治区");
        assertThat(m.level()).isEqualTo(AdministrativeLevel.PROVINCE);
        assertThat(m.date()).isEqualTo(LocalDate.of(2024, 1, 22));
        assertThat(m.year()).isEqualTo(2024);
        assertThat(result.parts()).isEmpty();
    }

    @Test
    void theLevelOfANameThatRegionsTsvDoesNotListComesFromItsSuffix() {
        assertThat(recognizer.level("两江新区")).isEqualTo(AdministrativeLevel.COUNTY);
        assertThat(recognizer.level("重庆市")).isEqualTo(AdministrativeLevel.PROVINCE);
        assertThat(recognizer.level("解放碑街道")).isEqualTo(AdministrativeLevel.TOWNSHIP);
    }

    @Test
    void eachPartOfAGazetteHasItsOwnRegion() {
        String report = "一、2023年工作回顾\n" + "地区生产总值增长6.1%。".repeat(60) + "\n";
        var result = recognizer.recognize(String.join("\n", "重庆市人民政府公报", "重庆市人民政府办公厅", "2024年2月15日",
                "北京市朝阳区人民政府工作报告", report, "关于浏阳市2023年预算执行情况和2024年预算草案的报告", report));
        assertThat(result.metadata().regionCode()).isEqualTo("500000");
        assertThat(result.parts()).extracting(p -> p.metadata().region() + " " + p.metadata().regionCode())
                .containsExactly("朝阳区 110105", "浏阳市 430181");
    }

    @Test
    void aRegionCueMustSayWhichLinesItReads() {
        String tsv = "field\tpattern\tvalue\texample\nregion\t我代表(?<region>\\p{IsHan}+)政府\tsomewhere\tx\n";
        assertThatThrownBy(() -> new MetadataRecognizer(TsvTable.read("metadata.tsv",
                new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "field"), Dictionaries.bundled().regions()))
                .isInstanceOf(DictionaryException.class)
                .hasMessageStartingWith("metadata.tsv:2: value of a region cue must be one of [title, opening, gazette]");
    }

    @Test
    void aNoticeThatForwardsAReportIsNotItsTitle() {
        var m = recognizer.recognize(String.join("\n", "渝中府发〔2024〕8号", "重庆市渝中区人民政府",
                "关于印发《重庆市渝中区2023年国民经济", "和社会发展计划执行情况及2024年计划", "草案的报告》的通知",
                "区政府各部门：", "重庆市渝中区人民政府", "2024年2月9日", "重庆市渝中区2023年国民经济和社会发展",
                "计划执行情况及2024年计划草案的报告", "一、2023年计划执行情况")).metadata();
        assertThat(m.title()).isEqualTo("重庆市渝中区2023年国民经济和社会发展计划执行情况及2024年计划草案的报告");
        assertThat(m.number()).isEqualTo("渝中府发〔2024〕8号");
        assertThat(m.issuer()).isEqualTo("重庆市渝中区人民政府");
        assertThat(m.date()).isEqualTo(LocalDate.of(2024, 2, 9));
    }

    @Test
    void textWithoutATitleHasEmptyMetadata() {
        var m = recognizer.recognize("地区生产总值增长6%左右。\n").metadata();
        assertThat(m.title()).isNull();
        assertThat(m.type()).isNull();
        assertThat(m.year()).isNull();
    }

    @Test
    void aBadCueFailsWithFileAndLine() {
        String tsv = "field\tpattern\tvalue\texample\ntype\t记者\tnewspaper\tx\n";
        assertThatThrownBy(() -> new MetadataRecognizer(TsvTable.read("metadata.tsv",
                new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "field"), Dictionaries.bundled().regions()))
                .isInstanceOf(DictionaryException.class).hasMessageStartingWith("metadata.tsv:2: value must be a report type");
    }

    @Test
    void aNewsStoryIsDatedByItsDatelineAndTypedByItsAgency() {
        var m = recognizer.recognize(String.join("\n", "今年发展主要预期目标来了！政府工作报告释放哪些信号", "",
                "2025-03-05 11:26:40　来源：新华社", "",
                "新华社北京3月5日电（记者 陈思远）十四届全国人大三次会议5日上午在人民大会堂开幕，国务院总理李强作政府工作报告。"))
                .metadata();
        assertThat(m.type()).isEqualTo(ReportType.NEWS);
        assertThat(m.date()).isEqualTo(LocalDate.of(2025, 3, 5));
        assertThat(m.year()).isEqualTo(2025);
    }
}
