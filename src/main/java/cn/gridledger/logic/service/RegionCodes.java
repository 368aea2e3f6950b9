package cn.gridledger.logic.service;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.model.Township;
import cn.gridledger.model.Village;

/** The hard rules on codes at set-up; softer range warnings live with the shared validators. */
final class RegionCodes {

    private RegionCodes() {
    }

    static void requireTownship(Township t) {
        if (t.name() == null || t.name().isBlank()) {
            throw new UserFacingException("请填写乡镇名称。");
        }
        if (t.code() == null || !t.code().matches("\\d{9}")) {
            throw new UserFacingException("乡镇代码应为 9 位数字（县级代码 6 位 + 乡镇 3 位），当前为：" + t.code());
        }
        if (t.countyCode() == null || !t.countyCode().matches("\\d{6}")) {
            throw new UserFacingException("县级区划代码应为 6 位数字，当前为：" + t.countyCode());
        }
        if (!t.code().startsWith(t.countyCode())) {
            throw new UserFacingException("乡镇代码的前 6 位应与县级区划代码 " + t.countyCode() + " 一致。");
        }
    }

    static void requireVillage(Township t, Village v) {
        if (v.name() == null || v.name().isBlank()) {
            throw new UserFacingException("请填写村（社区）名称。");
        }
        if (v.code() == null || !v.code().matches("\\d{12}")) {
            throw new UserFacingException("村（社区）“" + v.name() + "”的区划代码应为 12 位数字，当前为：" + v.code());
        }
        if (!v.code().startsWith(t.code())) {
            throw new UserFacingException("村（社区）“" + v.name() + "”的区划代码前 9 位应为乡镇代码 " + t.code() + "。");
        }
    }
}
