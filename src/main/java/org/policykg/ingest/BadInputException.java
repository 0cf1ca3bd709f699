package org.policykg.ingest;

/** An input the user must fix (an empty file, invalid bytes, a broken sidecar): the message names the file and the problem. */
public class BadInputException extends RuntimeException {
    public BadInputException(String message) { super(message); }
    public BadInputException(String message, Throwable cause) { super(message, cause); }
}
