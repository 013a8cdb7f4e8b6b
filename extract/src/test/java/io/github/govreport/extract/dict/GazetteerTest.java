package io.github.govreport.extract.dict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.govreport.core.AdministrativeLevel;
import io.github.govreport.extract.dict.Gazetteer.Region;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {

    private static final Gazetteer BUNDLED = Dictionaries.bundled().regions();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "北京市,        110000, province, ''",
        "内蒙古自治区,  150000, province, ''",
        "内蒙古,        150000, province, ''",
        "广西,          450000, province, ''",
        "重庆市,        500000, province, ''",
        "渝中区,        500103, county,   500000",
        "城口县,        500229, county,   500000",
        "浏阳市,        430181, county,   430100",
        "延边朝鲜族自治州, 222400, city,  220000",
        "延边州,        222400, city,     220000",
        "锡林郭勒盟,    152500, city,     150000",
        "大兴安岭地区,  232700, city,     230000",
        "正蓝旗,        152530, county,   152500",
        "仙桃市,        429004, county,   420000",
        "东莞市,        441900, city,     440000",
    })
    void knownRegionsHaveTheirCodeLevelAndParent(String name, String code, String level, String parent) {
        assertThat(BUNDLED.named(name)).singleElement().satisfies(region -> {
            assertThat(region.code()).isEqualTo(code);
            assertThat(region.level()).isEqualTo(AdministrativeLevel.fromJson(level));
            assertThat(region.parentCode()).isEqualTo(parent.isEmpty() ? null : parent);
        });
    }

    @Test
    void aNameOfTwoRegionsGivesBoth() {
        assertThat(BUNDLED.named("朝阳区")).extracting(Region::code).containsExactlyInAnyOrder("110105", "220104");
        Region beijing = BUNDLED.byCode("110000").orElseThrow();
        Region changchun = BUNDLED.byCode("220100").orElseThrow();
        assertThat(BUNDLED.isWithin(BUNDLED.byCode("110105").orElseThrow(), beijing)).isTrue();
        assertThat(BUNDLED.isWithin(BUNDLED.byCode("220104").orElseThrow(), beijing)).isFalse();
        assertThat(BUNDLED.isWithin(BUNDLED.byCode("220104").orElseThrow(), changchun)).isTrue();
        assertThat(BUNDLED.isWithin(BUNDLED.byCode("220104").orElseThrow(), BUNDLED.byCode("220000").orElseThrow()))
                .isTrue();
    }

    @Test
    void theLongestNameAtAPositionWins() {
        assertThat(BUNDLED.longestNameAt("关于内蒙古自治区2023年", 2)).isEqualTo("内蒙古自治区");
        assertThat(BUNDLED.longestNameAt("重庆市渝中区", 0)).isEqualTo("重庆市");
        assertThat(BUNDLED.longestNameAt("重庆市渝中区", 3)).isEqualTo("渝中区");
        assertThat(BUNDLED.longestNameAt("政府工作报告", 0)).isNull();
    }

    @Test
    void everyLevelIsThere() {
        assertThat(BUNDLED.size()).isGreaterThan(3000);
        assertThat(BUNDLED.named("台湾省")).extracting(Region::code).containsExactly("710000");
        // the placeholders of the statistical codes are not regions
        assertThat(BUNDLED.named("市辖区")).isEmpty();
        assertThat(BUNDLED.named("省直辖县级行政区划")).isEmpty();
        assertThat(BUNDLED.named("兰州新区")).isEmpty();
    }

    @Test
    void aCodeThatIsNotSixDigitsFailsWithFileAndLine() {
        assertThatThrownBy(() -> load("11000\t北京市\tprovince\t\t北京\n"))
                .isInstanceOf(DictionaryException.class).hasMessageStartingWith("regions.tsv:3: code must be six digits");
    }

    @Test
    void aCodeListedTwiceFails() {
        assertThatThrownBy(() -> load("110000\t北京市\tprovince\t\t\n110000\t北平市\tprovince\t\t\n"))
                .isInstanceOf(DictionaryException.class)
                .hasMessageStartingWith("regions.tsv:4: code 110000 is listed twice (also on line 3)");
    }

    @Test
    void aParentThatIsNotListedFails() {
        assertThatThrownBy(() -> load("110105\t朝阳区\tcounty\t110000\t\n"))
                .isInstanceOf(DictionaryException.class).hasMessageStartingWith("regions.tsv:3: parent 110000 is not listed");
    }

    @Test
    void aParentBelowItsChildFails() {
        assertThatThrownBy(() -> load("430181\t浏阳市\tcounty\t\t\n430100\t长沙市\tcity\t430181\t\n"))
                .isInstanceOf(DictionaryException.class).hasMessageStartingWith("regions.tsv:3: column 'parent'");
        assertThatThrownBy(() -> load("430000\t湖南省\tprovince\t\t\n430181\t浏阳市\tcounty\t430000\t\n"
                + "430100\t长沙市\tcity\t430181\t\n"))
                .isInstanceOf(DictionaryException.class).hasMessageStartingWith("regions.tsv:5: parent 430181 (county)");
    }

    @Test
    void anUnknownLevelFails() {
        assertThatThrownBy(() -> load("110000\t北京市\tmunicipality\t\t\n"))
                .isInstanceOf(DictionaryException.class)
                .hasMessageStartingWith("regions.tsv:3: level must be province, city or county");
    }

    private static Gazetteer load(String rows) throws IOException {
        String tsv = "# a comment\ncode\tname\tlevel\tparent\tshort\n" + rows;
        return new Gazetteer(TsvTable.read("regions.tsv", new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)),
                "code", "name", "level", "parent", "short"));
    }
}
