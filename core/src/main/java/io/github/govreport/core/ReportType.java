package io.github.govreport.core;

/** What kind of report a document (or one part of a compilation) is. */
public enum ReportType implements JsonName {
    /** 政府工作报告. */
    WORK_REPORT("work-report"),
    /** 国民经济和社会发展计划执行情况与计划草案的报告. */
    PLAN_REPORT("plan-report"),
    /** 预算执行情况与预算草案的报告. */
    BUDGET_REPORT("budget-report"),
    /** a summary or infographic of a report (图解、一图读懂). */
    SUMMARY("summary"),
    /** a news article about a report. */
    NEWS("news"),
    /** several reports in one file, such as a government gazette issue. */
    COMPILATION("compilation"),
    /** none of the above. */
    OTHER("other");

    private final String jsonName;

    ReportType(String jsonName) {
        this.jsonName = jsonName;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }

    /** The constant named {@code name} in the JSON form. */
    public static ReportType fromJson(String name) {
        return JsonName.parse(ReportType.class, name);
    }
}
