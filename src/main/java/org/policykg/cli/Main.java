package org.policykg.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.commons.cli.*;
import org.apache.commons.cli.help.HelpFormatter;
import org.apache.jena.fuseki.FusekiConfigException;
import org.apache.jena.fuseki.system.FusekiLogging;
import org.apache.jena.query.QueryException;
import org.apache.jena.sys.JenaSystem;
import org.policykg.error.UserError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@code policykg} command: dispatches to one subcommand and turns failures into a message and an exit code. */
public final class Main {
    // Logging before anything else touches a logger: Jena and Fuseki log as they initialise.
    static { setUpLogging(); }
    /** File only: the terminal gets one line, the log the whole story. */
    private static final Logger LOG = LoggerFactory.getLogger("policykg.trace");

    private static final Map<String, Supplier<Subcommand>> COMMANDS = new LinkedHashMap<>();
    static {
        register(UpCommand::new);
        register(LoadCommand::new);
        register(ServeCommand::new);
        register(QueryCommand::new);
        register(ConvertCommand::new);
        register(ValidateCommand::new);
        register(EvalCommand::new);
        register(TrainCommand::new);
        register(DocsCommand::new);
        register(LinkCommand::new);
        register(ExportCommand::new);
        register(PushCommand::new);
        register(MapCommand::new);
        register(CandidatesCommand::new);
        register(CurateCommand::new);
        register(BenchCommand::new);
        register(SoakCommand::new);
    }

    private static void register(Supplier<Subcommand> command) {
        COMMANDS.put(command.get().name(), command);
    }

    private Main() {}

    public static void main(String[] args) {
        int rc = run(args, System.out, System.err);
        // serve and up return only when the server has stopped
        System.exit(rc);
    }

    /** The real entry point, with its output streams: tests call this. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Subcommand.Io io = new Subcommand.Io(out, err);
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            printTopHelp(args.length == 0 ? err : out);
            return args.length == 0 ? ExitCode.USAGE : ExitCode.OK;
        }
        if (args[0].equals("--version") || args[0].equals("-V")) {
            out.println("policykg " + version());
            return ExitCode.OK;
        }
        Supplier<Subcommand> factory = COMMANDS.get(args[0]);
        if (factory == null) {
            err.println("policykg: unknown command '" + args[0] + "'. Commands: " + String.join(", ", COMMANDS.keySet())
                    + ". See 'policykg --help'.");
            return ExitCode.USAGE;
        }
        Subcommand command = factory.get();
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        Options options = command.options();
        options.addOption(Option.builder("h").longOpt("help").desc("show this help").get());
        CommandLine line;
        try {
            if (Arrays.asList(rest).contains("--help") || Arrays.asList(rest).contains("-h")) {
                printHelp(command, out);
                return ExitCode.OK;
            }
            line = new DefaultParser().parse(options, rest);
        } catch (ParseException ex) {
            err.println("policykg " + command.name() + ": " + ex.getMessage() + ". See 'policykg " + command.name() + " --help'.");
            return ExitCode.USAGE;
        }
        try {
            return command.run(line, io);
        } catch (Subcommand.UsageException ex) {
            err.println("policykg " + command.name() + ": " + ex.getMessage() + ". See 'policykg " + command.name() + " --help'.");
            return ExitCode.USAGE;
        } catch (UserError ex) {
            LOG.info("{} failed", command.name(), ex);
            err.println("policykg " + command.name() + ": " + ex.getMessage());
            return ex.exitCode();
        } catch (FusekiConfigException ex) {
            LOG.info("{} failed", command.name(), ex);
            err.println("policykg " + command.name() + ": configuration: " + ex.getMessage());
            return ExitCode.ENVIRONMENT;
        } catch (QueryException ex) {
            err.println("policykg " + command.name() + ": bad query: " + ex.getMessage().strip());
            return ExitCode.INPUT;
        } catch (Exception | Error ex) {
            LOG.error("{} failed", command.name(), ex);
            err.println("policykg " + command.name() + ": internal error: " + ex + " (the stack trace is in " + Logs.file() + ")");
            return ExitCode.INTERNAL;
        }
    }


    private static void setUpLogging() {
        System.setProperty("policykg.logfile", Logs.file().toString());
        FusekiLogging.setLogging();
        JenaSystem.init();
    }

    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    private static void printTopHelp(PrintStream out) {
        out.println("policykg " + version() + " - policy texts into a knowledge graph, served over SPARQL");
        out.println();
        out.println("Usage: policykg COMMAND [OPTIONS]   (policykg COMMAND --help for its options)");
        out.println();
        out.println("Commands:");
        for (Supplier<Subcommand> f : COMMANDS.values()) {
            Subcommand c = f.get();
            out.printf("  %-10s %s%n", c.name(), c.summary());
        }
        out.println();
        out.println("Options: --help, --version");
        out.println("Exit codes: 0 ok, 1 internal error, 2 usage, 3 bad input, 4 environment (port, lock, config), 5 invalid data");
    }

    private static void printHelp(Subcommand command, PrintStream out) {
        StringWriter sw = new StringWriter();
        HelpFormatter formatter = HelpFormatter.builder().setShowSince(false)
                .setHelpAppendable(new org.apache.commons.cli.help.TextHelpAppendable(new PrintWriter(sw))).get();
        try {
            formatter.printHelp("policykg " + command.name() + " " + command.synopsis(), command.summary(), command.options(), "", false);
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        out.print(sw);
        out.flush();
    }

    static PrintStream utf8(PrintStream s) { return new PrintStream(s, true, StandardCharsets.UTF_8); }
}
