package cn.gridledger.logic.service;

import java.util.List;
import java.util.stream.Collectors;

import cn.gridledger.logic.UserFacingException;

/** Saving was refused because household rules are broken; the form highlights {@link #checks()}. */
public final class HouseholdRulesException extends UserFacingException {

    private final transient List<HouseholdCheck> checks;

    public HouseholdRulesException(List<HouseholdCheck> checks) {
        super("还有 " + checks.size() + " 处需要修改：" + checks.stream().map(HouseholdCheck::message)
                .collect(Collectors.joining("；")));
        this.checks = List.copyOf(checks);
    }

    public List<HouseholdCheck> checks() {
        return checks;
    }
}
