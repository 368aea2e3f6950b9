package cn.gridledger.logic.service;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.validate.Parsed;
import cn.gridledger.logic.validate.Regions;
import cn.gridledger.model.Township;
import cn.gridledger.model.Village;

/**
 * The hard rules on codes at set-up, through the shared {@link Regions} validators. Range warnings
 * (a 村委会 numbered 500, say) do not block: real data breaks the official ranges.
 */
final class RegionCodes {

    private RegionCodes() {
    }

    static void requireTownship(Township t) {
        if (t.name() == null || t.name().isBlank()) {
            throw new UserFacingException("请填写乡镇名称。");
        }
        String county = require(Regions.countyCode(t.countyCode()), "县级区划代码");
        String township = require(Regions.townshipCode(t.code()), "乡镇代码");
        if (!township.startsWith(county)) {
            throw new UserFacingException("乡镇代码的前 6 位应与县级区划代码 " + county + " 一致。");
        }
    }

    static void requireVillage(Township t, Village v) {
        if (v.name() == null || v.name().isBlank()) {
            throw new UserFacingException("请填写村（社区）名称。");
        }
        String code = require(Regions.villageCode(v.code()), "村（社区）“" + v.name() + "”的区划代码");
        if (!code.startsWith(t.code())) {
            throw new UserFacingException("村（社区）“" + v.name() + "”的区划代码前 9 位应为乡镇代码 " + t.code() + "。");
        }
    }

    private static String require(Parsed<String> parsed, String what) {
        if (parsed.hasError() || parsed.isEmpty()) {
            throw new UserFacingException(what + "有误：" + (parsed.isEmpty() ? "未填写" : parsed.messages()) + "。");
        }
        return parsed.value();
    }
}
