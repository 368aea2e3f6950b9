package cn.gridledger.logic.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The choices of the household form's drop-downs, in the canonical wording of formats.md. Backed by the
 * shared code lists ({@code model.code.*}) once they are merged; the lists below carry the same labels.
 */
public final class HouseholdCodes {

    private HouseholdCodes() {
    }

    public static List<String> relations() {
        return List.of("户主", "配偶", "之子", "之女", "之儿媳", "之女婿", "之孙子", "之孙女", "之外孙子", "之外孙女",
                "之父", "之母", "之岳父", "之岳母", "之公公", "之婆婆", "之祖父", "之祖母", "之兄弟姐妹", "其他");
    }

    public static List<String> educations() {
        return List.of("文盲或半文盲", "小学", "初中", "高中", "大专", "本科及以上");
    }

    public static List<String> studentStatuses() {
        return List.of("学龄前儿童", "学前教育", "小学", "七年级", "八年级", "九年级", "普通高中一年级", "普通高中二年级",
                "普通高中三年级", "中职一年级", "中职二年级", "中职三年级", "高职高专一年级", "高职高专二年级",
                "高职高专三年级", "本科一年级", "本科二年级", "本科三年级", "本科四年级", "硕士研究生及以上");
    }

    public static List<String> healths() {
        return List.of("健康", "长期慢性病", "患有大病", "残疾");
    }

    public static List<String> labourSkills() {
        return List.of("普通劳动力", "技能劳动力", "弱劳动力或半劳动力", "丧失劳动力", "无劳动力");
    }

    public static List<String> politicalStatuses() {
        return List.of("群众", "中共党员", "中共预备党员", "共青团员", "民主党派", "无党派人士");
    }

    /** GB/T 3304 code → name, the common ones first (the person table stores the code). */
    public static Map<String, String> ethnicities() {
        Map<String, String> m = new LinkedHashMap<>();
        String[] names = {"汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族", "满族",
            "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族", "佤族", "畲族"};
        for (int i = 0; i < names.length; i++) {
            m.put(String.format("%02d", i + 1), names[i]);
        }
        m.put("97", "其他未识别民族");
        return m;
    }

    public static List<String> householdTypes() {
        return List.of("一般农户", "脱贫户");
    }

    public static List<String> housingStatuses() {
        return List.of("安全", "不安全", "已改造");
    }

    public static List<String> toiletStatuses() {
        return List.of("已改厕", "未改厕", "无需改厕");
    }

    public static List<String> monitoringCategories() {
        return List.of("脱贫不稳定户", "边缘易致贫户", "突发严重困难户");
    }

    public static List<String> risks() {
        return List.of("因病", "因残", "因学", "因缺劳动力", "因意外事故", "因产业失败", "因务工就业不稳", "因自然灾害",
                "住房安全", "饮水安全", "失学辍学", "未参加医保", "其他");
    }

    public static List<String> eliminationMethods() {
        return List.of("帮扶消除", "自然消除");
    }

    public static List<String> awardTypes() {
        return List.of("美丽庭院", "干净人家", "文明示范户", "好家风家庭");
    }

    public static List<String> awardLevels() {
        return List.of("村", "乡", "县", "市", "省");
    }

    public static List<String> gridTypes() {
        return List.of("基础网格", "专属网格");
    }
}
