package cn.gridledger.logic.security;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Argon2id through Password4j, with OWASP's minimum parameters (19 MiB, 2 passes, 1 lane). The encoded
 * hash carries its salt and parameters, so stronger settings later still verify old hashes.
 */
public final class PasswordHasher {

    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID, 19);

    /** Shortest password accepted. */
    public static final int MIN_LENGTH = 6;

    private PasswordHasher() {
    }

    public static String hash(CharSequence password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
    }

    public static boolean matches(CharSequence password, String encoded) {
        if (password == null || encoded == null || !encoded.startsWith("$argon2")) {
            return false;
        }
        return Argon2Function.getInstanceFromHash(encoded).check(password, encoded);
    }
}
