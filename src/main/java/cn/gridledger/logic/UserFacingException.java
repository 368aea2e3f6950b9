package cn.gridledger.logic;

/**
 * A failure whose message is written for the user, in Chinese, saying what went wrong and what to do.
 * The UI and the command line show {@link #getMessage()} as it is; anything that is not a
 * UserFacingException is a bug and is reported as an internal fault with the log's path.
 */
public class UserFacingException extends RuntimeException {

    public UserFacingException(String message) {
        super(message);
    }

    public UserFacingException(String message, Throwable cause) {
        super(message, cause);
    }
}
