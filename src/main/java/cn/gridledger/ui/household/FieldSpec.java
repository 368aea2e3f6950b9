package cn.gridledger.ui.household;

import cn.gridledger.logic.service.HouseholdCodes.CodeList;

/**
 * One field of a form: key in the draft, Chinese label, kind of control, its code list (for drop-downs)
 * and preferred width in columns of the form grid.
 */
record FieldSpec(String key, String label, Kind kind, CodeList codes, int span) {

    enum Kind { TEXT, MONO, CODE, FLAG }

    static FieldSpec text(String key, String label) {
        return new FieldSpec(key, label, Kind.TEXT, null, 1);
    }

    static FieldSpec wide(String key, String label, int span) {
        return new FieldSpec(key, label, Kind.TEXT, null, span);
    }

    static FieldSpec mono(String key, String label) {
        return new FieldSpec(key, label, Kind.MONO, null, 1);
    }

    static FieldSpec code(String key, String label, CodeList codes) {
        return new FieldSpec(key, label, Kind.CODE, codes, 1);
    }

    static FieldSpec flag(String key, String label) {
        return new FieldSpec(key, label, Kind.FLAG, null, 1);
    }
}
