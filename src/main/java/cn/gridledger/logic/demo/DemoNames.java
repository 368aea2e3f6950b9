package cn.gridledger.logic.demo;

import java.util.Random;

/**
 * Chinese names made from character tables: a surname drawn by rough national frequency and a one- or
 * two-character given name from gendered character lists. No list of real people is involved.
 */
final class DemoNames {

    /** Common surnames with approximate relative frequency (per mille of the population). */
    private static final String[] SURNAMES = {
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高",
        "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁",
        "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔",
        "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "付", "方", "白", "邹", "孟", "熊", "秦", "邱",
        "江", "尹", "薛", "闫", "段", "雷", "侯", "史", "郝", "邵", "武", "孔", "常", "康", "牛", "乔", "耿", "申"
    };
    private static final int[] SURNAME_WEIGHTS = {
        72, 72, 68, 54, 46, 31, 23, 23, 21, 19, 18, 16, 13, 13, 12, 12, 12, 11,
        10, 9, 9, 9, 8, 8, 8, 7, 7, 7, 7, 6, 6, 6, 6, 5, 5, 5,
        5, 5, 5, 5, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 3, 3, 3,
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2
    };
    private static final int[] SURNAME_CUMULATIVE = cumulative(SURNAME_WEIGHTS);

    private static final String MALE_CHARS = "伟刚勇毅俊峰强军平保东文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清"
            + "飞彬富顺信杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮"
            + "政谦亨奇固轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘";
    private static final String FEMALE_CHARS = "秀娟英华慧巧美娜静淑惠珠翠雅芝玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月"
            + "莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕"
            + "馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝丽阳妮宝贝初程梵";

    private DemoNames() {
    }

    private static int[] cumulative(int[] weights) {
        int[] out = new int[weights.length];
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            out[i] = sum;
        }
        return out;
    }

    static String surname(Random rnd) {
        int pick = rnd.nextInt(SURNAME_CUMULATIVE[SURNAME_CUMULATIVE.length - 1]);
        for (int i = 0; i < SURNAME_CUMULATIVE.length; i++) {
            if (pick < SURNAME_CUMULATIVE[i]) {
                return SURNAMES[i];
            }
        }
        return SURNAMES[0];
    }

    static String givenName(Random rnd, boolean male) {
        String chars = male ? MALE_CHARS : FEMALE_CHARS;
        char first = chars.charAt(rnd.nextInt(chars.length()));
        if (rnd.nextInt(100) < 28) {
            return String.valueOf(first);
        }
        char second = chars.charAt(rnd.nextInt(chars.length()));
        return "" + first + second;
    }

    static String fullName(Random rnd, String surname, boolean male) {
        return surname + givenName(rnd, male);
    }

    /** Syllables for made-up village names: 张家庄, 东岭, 柳河 … */
    private static final String[] PLACE_FIRST = {"东", "西", "南", "北", "前", "后", "上", "下", "大", "小", "柳", "杨",
        "石", "青", "白", "红", "黄", "新", "高", "马", "龙", "桃", "枣", "杏", "梨", "松", "泉", "沙", "双", "三"};
    private static final String[] PLACE_SECOND = {"庄", "营", "屯", "寨", "堡", "河", "岭", "沟", "洼", "坡", "台",
        "店", "铺", "湾", "峪", "家庄", "家营", "家洼", "家沟", "王庄", "辛庄", "官庄", "水"};

    static String villageName(Random rnd) {
        if (rnd.nextInt(3) == 0) {
            return surname(rnd) + PLACE_SECOND[rnd.nextInt(PLACE_SECOND.length)] + "村";
        }
        return PLACE_FIRST[rnd.nextInt(PLACE_FIRST.length)] + PLACE_SECOND[rnd.nextInt(PLACE_SECOND.length)] + "村";
    }
}
