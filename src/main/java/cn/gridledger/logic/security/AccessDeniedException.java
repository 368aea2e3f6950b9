package cn.gridledger.logic.security;

import cn.gridledger.logic.UserFacingException;

/** The current user's role does not allow this; the message says what and who can. */
public final class AccessDeniedException extends UserFacingException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
