package cn.gridledger.logic.security;

/** Masking of ID numbers and phones for lists, exports (脱敏) and anything a role should not see in full. */
public final class PersonalData {

    private PersonalData() {
    }

    /** "220403199001011234" → "2204**********1234"; short or empty values keep only their last character. */
    public static String maskIdNumber(String id) {
        if (id == null || id.isBlank()) {
            return id;
        }
        String s = id.trim();
        if (s.length() < 10) {
            return "*".repeat(s.length() - 1) + s.charAt(s.length() - 1);
        }
        return s.substring(0, 4) + "*".repeat(s.length() - 8) + s.substring(s.length() - 4);
    }

    /** "13912341234" → "139****1234"; landlines keep their last four digits. */
    public static String maskPhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        String s = phone.trim();
        if (s.length() == 11 && s.startsWith("1")) {
            return s.substring(0, 3) + "****" + s.substring(7);
        }
        if (s.length() <= 4) {
            return "*".repeat(s.length());
        }
        return "*".repeat(s.length() - 4) + s.substring(s.length() - 4);
    }

    private static final java.util.regex.Pattern ID_IN_TEXT = java.util.regex.Pattern.compile("(?<!\\d)\\d{17}[\\dXx](?!\\d)");
    private static final java.util.regex.Pattern MOBILE_IN_TEXT = java.util.regex.Pattern.compile("(?<!\\d)1\\d{10}(?!\\d)");

    /** Free text (an audit summary, a field value) with every ID number and mobile number in it masked. */
    public static String maskInText(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String ids = ID_IN_TEXT.matcher(text).replaceAll(m -> maskIdNumber(m.group()));
        return MOBILE_IN_TEXT.matcher(ids).replaceAll(m -> maskPhone(m.group()));
    }

    /** An audit entry as a masked role may see it: ID numbers and phones in its summary and changes hidden. */
    public static AuditEntry masked(AuditEntry e) {
        return new AuditEntry(e.id(), e.at(), e.who(), e.action(), e.entityType(), e.entityId(),
                maskInText(e.summary()), e.changes().stream().map(PersonalData::masked).toList());
    }

    private static FieldChange masked(FieldChange f) {
        boolean id = f.field().contains("身份证");
        boolean phone = f.field().contains("电话") || f.field().contains("手机");
        java.util.function.UnaryOperator<String> mask = id ? PersonalData::maskIdNumber
                : phone ? PersonalData::maskPhone : PersonalData::maskInText;
        return new FieldChange(f.field(), mask.apply(f.oldValue()), mask.apply(f.newValue()));
    }

    /** The ID number as this session may see it. */
    public static String idNumberFor(Session session, String id) {
        return session.mustMaskPersonalData() ? maskIdNumber(id) : id;
    }

    /** The phone as this session may see it. */
    public static String phoneFor(Session session, String phone) {
        return session.mustMaskPersonalData() ? maskPhone(phone) : phone;
    }
}
