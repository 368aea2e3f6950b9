package cn.gridledger.logic;

/**
 * How long work (import, export, demo, backup) reports progress and learns that the user cancelled.
 * The UI adapts it to a progress bar; the command line to occasional lines on stderr.
 */
public interface Progress {

    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code total} may be -1 when unknown. */
    void update(long done, long total, String message);

    boolean isCancelled();

    /** Throws {@link CancelledException} when the user has cancelled; call between units of work. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /** Thrown inside a transaction to roll it back because the user cancelled. */
    final class CancelledException extends UserFacingException {
        public CancelledException() {
            super("操作已取消，数据库未做任何修改。");
        }
    }
}
