package org.policykg.cli;

/** The exit codes every subcommand uses; the README lists them. */
public final class ExitCode {
    private ExitCode() {}
    public static final int OK = 0;
    /** An unexpected failure: the log holds the stack trace. */
    public static final int INTERNAL = 1;
    /** The command line is wrong: unknown subcommand or option, missing argument. */
    public static final int USAGE = 2;
    /** Bad input: a missing, unreadable or malformed file, a bad query. Nothing was changed. */
    public static final int INPUT = 3;
    /** The environment is in the way: port in use, store locked, configuration missing. */
    public static final int ENVIRONMENT = 4;
    /** The data does not conform to the SHACL shapes. */
    public static final int INVALID = 5;
    /** {@code eval --floors}: a figure is under its floor (extraction lost ground). */
    public static final int BELOW_FLOORS = 6;
}
