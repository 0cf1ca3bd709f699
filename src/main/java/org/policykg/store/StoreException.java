package org.policykg.store;

/** A store or input problem the user can fix: the message says what and where, for one line on the terminal. */
public class StoreException extends RuntimeException {
    public enum Kind { INPUT, ENVIRONMENT }

    private final Kind kind;

    public StoreException(Kind kind, String message) { this(kind, message, null); }

    public StoreException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() { return kind; }
}
