package io.github.govreport.core;

/** The level of government that issued a report. */
public enum AdministrativeLevel implements JsonName {
    /** 国务院、全国. */
    NATIONAL("national"),
    /** 省、自治区、直辖市. */
    PROVINCE("province"),
    /** 地级市、自治州、地区、盟. */
    CITY("city"),
    /** 县、县级市、市辖区、旗. */
    COUNTY("county"),
    /** 乡、镇、街道. */
    TOWNSHIP("township");

    private final String jsonName;

    AdministrativeLevel(String jsonName) {
        this.jsonName = jsonName;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }

    /** The constant named {@code name} in the JSON form. */
    public static AdministrativeLevel fromJson(String name) {
        return JsonName.parse(AdministrativeLevel.class, name);
    }
}
