package cn.gridledger.model;

import java.time.LocalDate;

/**
 * A fact dated inside a quarter already submitted (报送), changed afterwards with a reason (#15). The next
 * export of a quarter not yet submitted lists it in its 补充说明 until that export is submitted in turn.
 *
 * @param factKind 农户 / 成员 / 户状态 / 防返贫监测
 * @param what     what changed, as the note says it: {@code 张三明户 李四 迁出日期}
 */
public record LateEdit(long id, String factKind, String recordId, String householdId, LocalDate factDate,
        Quarter quarter, String what, String reason, String editedBy, String editedAt) {
}
