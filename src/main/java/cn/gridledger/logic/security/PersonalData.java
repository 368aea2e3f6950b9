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

    /** The ID number as this session may see it. */
    public static String idNumberFor(Session session, String id) {
        return session.mustMaskPersonalData() ? maskIdNumber(id) : id;
    }

    /** The phone as this session may see it. */
    public static String phoneFor(Session session, String phone) {
        return session.mustMaskPersonalData() ? maskPhone(phone) : phone;
    }
}
