package org.policykg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.policykg.error.UserError;
import org.policykg.link.GraphStorePush;

/**
 * A running server's Graph Store Protocol endpoint as a place to write ({@code load --endpoint}, {@code convert --to},
 * {@code push --to}): one PUT per graph, with HTTP basic authentication from a password file. The server's own
 * write path (its text dataset) keeps its text index in step.
 */
final class GraphStoreTarget {
    private GraphStoreTarget() {}

    static Options credentialOptions(Options options) {
        return options
                .addOption(Option.builder().longOpt("user").hasArg().argName("U").desc("user for HTTP basic authentication").get())
                .addOption(Option.builder().longOpt("password-file").hasArg().argName("F")
                        .desc("file whose first line is the password (never give a password on the command line)").get());
    }

    /** The endpoint at the URL the option names, with the credentials the options give (or none). */
    static GraphStorePush of(CommandLine line, String urlOption) throws Subcommand.UsageException {
        if (line.hasOption("user") != line.hasOption("password-file"))
            throw new Subcommand.UsageException("give --user and --password-file together");
        String url = line.getOptionValue(urlOption);
        if (!url.startsWith("http://") && !url.startsWith("https://"))
            throw new Subcommand.UsageException("--" + urlOption + " takes the http(s) URL of a graph store endpoint, e.g. http://localhost:3030/policy/data");
        String password = line.hasOption("password-file") ? password(Path.of(line.getOptionValue("password-file"))) : null;
        return new GraphStorePush(url, line.getOptionValue("user"), password);
    }

    static String password(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
        } catch (IOException ex) {
            throw UserError.input("Cannot read the password file " + file + ": " + ex.getMessage(), ex);
        }
    }

    /** Sends every named graph of {@code graphs} (in the order they were written), reporting each on {@code io}. */
    static int send(GraphStorePush push, DatasetGraph graphs, String url, Subcommand.Io io) {
        List<Node> names = new ArrayList<>();
        graphs.listGraphNodes().forEachRemaining(names::add);
        var sent = push.send(graphs, names, p -> {
            io.out().printf("  PUT <%s>: %d triples%n", p.graph(), p.triples());
            io.out().flush();
        });
        io.out().printf("Sent %d graph(s) to %s%n", sent.size(), url);
        return sent.size();
    }
}
