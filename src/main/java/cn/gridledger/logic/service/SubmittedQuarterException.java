package cn.gridledger.logic.service;

import java.util.List;

import cn.gridledger.logic.UserFacingException;

/**
 * A change to a fact dated inside a quarter already submitted (报送) was asked without a reason (#15). Nothing
 * was written; the form asks for the reason and saves again with it. {@link #facts()} says what and when.
 */
public final class SubmittedQuarterException extends UserFacingException {

    private final List<String> facts;

    SubmittedQuarterException(String message, List<String> facts) {
        super(message);
        this.facts = List.copyOf(facts);
    }

    /** What the change touches, e.g. {@code 张三明户 李四 迁出日期 2026.08.03（2026年第3季度）}. */
    public List<String> facts() {
        return facts;
    }
}
