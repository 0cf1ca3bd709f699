package org.policykg.error;

/**
 * A problem the user can fix (bad input, an environment in the way, data that breaks the shapes): the
 * message says what and where, for one line on the terminal, and the kind gives the exit code. The one
 * error type every layer throws, so no command translates between error types.
 */
public class UserError extends RuntimeException {
    /** What kind of problem, with the exit code the README lists for it. */
    public enum Kind {
        /** A missing, unreadable or malformed input, a bad query: nothing was changed. */
        INPUT(3),
        /** Port in use, store locked, configuration missing. */
        ENVIRONMENT(4),
        /** Data that does not conform to the SHACL shapes. */
        INVALID(5);

        private final int exitCode;

        Kind(int exitCode) { this.exitCode = exitCode; }

        public int exitCode() { return exitCode; }
    }

    private final Kind kind;

    public UserError(Kind kind, String message) { this(kind, message, null); }

    public UserError(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public static UserError input(String message) { return new UserError(Kind.INPUT, message); }
    public static UserError input(String message, Throwable cause) { return new UserError(Kind.INPUT, message, cause); }
    public static UserError environment(String message) { return new UserError(Kind.ENVIRONMENT, message); }
    public static UserError environment(String message, Throwable cause) { return new UserError(Kind.ENVIRONMENT, message, cause); }
    public static UserError invalid(String message) { return new UserError(Kind.INVALID, message); }

    public Kind kind() { return kind; }

    public int exitCode() { return kind.exitCode(); }
}
