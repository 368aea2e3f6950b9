package cn.gridledger.logic.importer.header;

import java.util.List;

/**
 * A column the importer understands, with its Chinese display name (the C1/C2 header text) and the
 * labels real workbooks use for it. Labels are compared after {@link LabelNormalizer#normalize}; a label
 * with "/" names a parent/child path of a merged two-level header.
 */
public enum RosterField {
    // shared by both rosters
    SEQ(Scope.COMMON, "序号", "编号", "序"),
    NAME(Scope.COMMON, "姓名", "名字", "人员姓名", "成员姓名", "家庭成员姓名", "干部姓名", "人口姓名", "学生姓名",
            "职工姓名", "客户姓名", "姓名（全称）"),
    GENDER(Scope.COMMON, "性别"),
    ETHNICITY(Scope.COMMON, "民族"),
    BIRTH_DATE(Scope.COMMON, "出生年月", "出生日期", "出生时间", "生日", "出生年月日", "出生年份", "出生年月（年月）"),
    ID_NUMBER(Scope.COMMON, "身份证号", "身份证号码", "公民身份号码", "公民身份证号", "公民身份证号码", "证件号码",
            "身份证", "身份证件号码", "居民身份证号码", "居民身份证号", "证件号", "身份证号码（18位）", "社会保障号码"),
    POLITICAL_STATUS(Scope.COMMON, "政治面貌", "政治面目"),
    PHONE(Scope.COMMON, "联系电话", "手机号", "手机号码", "电话", "联系方式", "电话号码", "手机",
            "联系手机", "本人电话", "移动电话", "联系电话（手机）"),
    REMARK(Scope.COMMON, "备注", "说明"),
    /** The person's village: 村（社区） of a 两委 roster, 所驻村 of a 驻村 roster, 村 of a household ledger. */
    VILLAGE(Scope.COMMON, "村", "村（社区）", "村(社区)", "行政村", "所属村", "村名", "所属村（社区）", "所在村",
            "所在村（社区）", "村别", "所驻村", "驻村村名", "所驻村（社区）", "驻点村", "村（居）", "村居", "村委会",
            "行政村（社区）", "村（社区）名称", "村名称", "所在行政村", "单位（村）"),

    // C1 干部花名册
    AGE(Scope.COMMON, "年龄"),
    NATIVE_PLACE(Scope.CADRE, "籍贯"),
    PARTY_JOIN_DATE(Scope.CADRE, "入党时间", "入党日期", "入党年月", "入党（团）时间"),
    WORK_START_DATE(Scope.CADRE, "参加工作时间", "参加工作日期", "参加工作年月", "工作时间"),
    FULLTIME_EDUCATION(Scope.CADRE, "全日制教育/学历", "全日制学历", "全日制教育学历", "学历"),
    FULLTIME_DEGREE(Scope.CADRE, "全日制教育/学位", "全日制学位", "全日制教育学位", "学位"),
    FULLTIME_SCHOOL(Scope.CADRE, "全日制教育/毕业院校及专业", "全日制毕业院校及专业", "全日制教育毕业院校及专业",
            "全日制教育/毕业院校系及专业", "毕业院校及专业", "毕业院校系及专业", "毕业院校"),
    INSERVICE_EDUCATION(Scope.CADRE, "在职教育/学历", "在职学历", "在职教育学历"),
    INSERVICE_DEGREE(Scope.CADRE, "在职教育/学位", "在职学位", "在职教育学位"),
    INSERVICE_SCHOOL(Scope.CADRE, "在职教育/毕业院校及专业", "在职毕业院校及专业", "在职教育毕业院校及专业",
            "在职教育/毕业院校系及专业"),
    WORK_UNIT(Scope.CADRE, "工作单位（村/派出单位）", "工作单位", "所在单位", "工作单位(村)", "现工作单位"),
    DISPATCH_UNIT(Scope.CADRE, "派出单位", "选派单位", "派出单位名称", "原工作单位", "派驻单位"),
    POST(Scope.CADRE, "现任职务", "职务", "所在单位及职务", "现职务", "担任职务", "驻村职务", "村内职务", "现任村职务",
            "两委职务", "任职职务", "职务名称", "拟任职务", "驻村身份", "现任职务（岗位）", "岗位"),
    POST_SINCE(Scope.CADRE, "任职时间", "任现职时间", "任现职务时间", "任职年月", "任职日期", "任现职年月", "驻村时间",
            "到村任职时间", "选派时间", "派驻时间", "任职起始时间"),
    ONE_SHOULDER(Scope.CADRE, "是否一肩挑", "一肩挑"),
    CROSS_POST(Scope.CADRE, "是否交叉任职", "交叉任职"),
    CADRE_CATEGORY(Scope.CADRE, "干部类别", "干部类型", "人员类别", "人员类型"),
    DISPATCH_LEVEL(Scope.CADRE, "派出层级", "选派层级", "派出单位层级", "单位层级", "派出单位级别"),

    // C2 农户信息台账
    GRID_CODE(Scope.HOUSEHOLD, "网格编号", "网格编码", "网格代码"),
    GRID_NAME(Scope.HOUSEHOLD, "网格名称", "网格", "所属网格"),
    VILLAGER_GROUP(Scope.HOUSEHOLD, "村民小组", "组", "村民组", "小组", "组别"),
    HOUSEHOLD_NO(Scope.HOUSEHOLD, "户编号", "户码", "户号", "户编码", "户主编号", "家庭编号"),
    HEAD_NAME(Scope.HOUSEHOLD, "户主姓名", "户主"),
    RELATION(Scope.HOUSEHOLD, "与户主关系", "与户主的关系", "家庭关系", "与户主关系（称谓）"),
    EDUCATION_LEVEL(Scope.HOUSEHOLD, "文化程度"),
    SCHOOL_STATUS(Scope.HOUSEHOLD, "在校生状况", "在校生情况", "在校状况"),
    HEALTH(Scope.HOUSEHOLD, "健康状况", "健康状态"),
    LABOR_SKILL(Scope.HOUSEHOLD, "劳动技能", "劳动能力"),
    MIGRANT_MONTHS(Scope.HOUSEHOLD, "务工时间（月）", "务工时间", "务工月数", "务工时间(月)", "外出务工时间（月）"),
    HOUSEHOLD_TYPE(Scope.HOUSEHOLD, "户类型", "户类别", "户属性"),
    LOW_INCOME(Scope.HOUSEHOLD, "是否低保", "低保户", "是否低保户"),
    EXTREME_POVERTY(Scope.HOUSEHOLD, "是否特困供养", "是否特困", "特困供养", "是否特困供养户"),
    MONITOR_CATEGORY(Scope.HOUSEHOLD, "监测对象类别", "监测对象类型", "监测类型", "监测类别"),
    RISK_ELIMINATED(Scope.HOUSEHOLD, "风险是否消除", "风险是否已消除"),
    TEN_HOUSEHOLD_GROUP(Scope.HOUSEHOLD, "十户一组组号", "十户一组", "十户一组编号"),
    // the rest of C2 (after the county's columns): what the program keeps for a household and its members
    ADDRESS(Scope.HOUSEHOLD, "家庭住址", "住址", "家庭地址", "居住地址", "现住址", "家庭详细住址"),
    /** The household's phone; without such a column the head's 联系电话 is the household's. */
    HOUSEHOLD_PHONE(Scope.HOUSEHOLD, "户联系电话", "家庭联系电话", "户主联系电话"),
    TEN_GROUP_LEADER(Scope.HOUSEHOLD, "联户长", "十户长", "联户长姓名", "十户一组联户长"),
    HOUSING(Scope.HOUSEHOLD, "住房安全", "住房安全状况", "住房安全情况", "住房情况", "住房状况"),
    TOILET(Scope.HOUSEHOLD, "改厕情况", "是否改厕", "改厕状况", "户厕改造"),
    HOUSEHOLD_SINCE(Scope.HOUSEHOLD, "立户日期", "立户时间", "建户日期"),
    WORK_PLACE(Scope.HOUSEHOLD, "务工地点", "务工地", "外出务工地点", "务工地址"),
    RESIDENT(Scope.HOUSEHOLD, "是否常住", "是否常住人口", "常住情况"),
    MEMBER_SINCE(Scope.HOUSEHOLD, "入户日期", "入户时间", "迁入日期"),
    AWARDS(Scope.HOUSEHOLD, "示范户称号", "荣誉称号", "示范户荣誉"),
    MONITORING_HISTORY(Scope.HOUSEHOLD, "防返贫监测记录", "监测记录", "监测帮扶记录");

    /** Which roster a field belongs to; COMMON fields do not tell the kinds apart. */
    public enum Scope { COMMON, CADRE, HOUSEHOLD }

    private final Scope scope;
    private final String displayName;
    private final List<String> labels;

    RosterField(Scope scope, String displayName, String... synonyms) {
        this.scope = scope;
        this.displayName = displayName;
        this.labels = List.of(synonyms);
    }

    public Scope scope() {
        return scope;
    }

    /** The Chinese column name shown in the mapping screen (原表列 → 系统字段). */
    public String displayName() {
        return displayName;
    }

    /** Labels accepted for this field, besides the display name. */
    public List<String> synonyms() {
        return labels;
    }
}
