package cn.gridledger.logic.security;

import java.time.Duration;

/**
 * How repeated wrong passwords slow down and then lock an account: the first two mistakes cost
 * nothing, the third and fourth make the next attempt wait, the fifth locks the account for a while.
 * A correct password (or an administrator's reset) clears the count.
 */
public final class LoginPolicy {

    public static final int FREE_ATTEMPTS = 2;
    public static final int LOCK_AFTER = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private LoginPolicy() {
    }

    /** How long the next attempt must wait after {@code consecutiveFailures} wrong passwords. */
    public static Duration waitAfter(int consecutiveFailures) {
        if (consecutiveFailures <= FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        if (consecutiveFailures >= LOCK_AFTER) {
            return LOCK_DURATION;
        }
        return Duration.ofSeconds(consecutiveFailures == 3 ? 5 : 30);
    }

    public static boolean locks(int consecutiveFailures) {
        return consecutiveFailures >= LOCK_AFTER;
    }
}
