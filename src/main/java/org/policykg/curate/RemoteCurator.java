package org.policykg.curate;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.error.UserError;

/**
 * A decision sent to a running server's /curate page, as a curator's browser sends it (basic auth, the page's
 * form token): for when the server holds the store, so that the graph it serves changes at once. The password
 * travels only in the Authorization header.
 */
public final class RemoteCurator {
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");
    private final String base;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** @param server the server's base URL, e.g. http://localhost:3030 */
    public RemoteCurator(String server, String user, String password) {
        this.base = server.replaceAll("/+$", "");
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Posts the action (accept, merge, reject) with its fields; returns what the server says it did. */
    public String decide(String action, Map<String, String> fields) {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "/curate")).header("Authorization", authorization).GET());
        if (page.statusCode() != 200)
            throw refused(page);
        Matcher m = TOKEN.matcher(page.body());
        if (!m.find())
            throw UserError.input(base + "/curate lists no candidate: there is nothing to decide on");
        StringBuilder form = new StringBuilder("token=").append(enc(m.group(1)));
        fields.forEach((k, v) -> { if (v != null) form.append('&').append(enc(k)).append('=').append(enc(v)); });
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/curate/" + action)).header("Authorization", authorization)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form.toString())));
        if (r.statusCode() != 303 && r.statusCode() != 302)
            throw refused(r);
        String location = r.headers().firstValue("Location").orElse("");
        Matcher done = Pattern.compile("[?&](done|error)=([^&]*)").matcher(location);
        if (!done.find())
            throw UserError.environment(base + " answered the decision with an unexpected redirect: " + location);
        String message = URLDecoder.decode(done.group(2), StandardCharsets.UTF_8);
        if (done.group(1).equals("error"))
            throw UserError.input(message);
        return message;
    }

    private UserError refused(HttpResponse<String> r) {
        String body = r.body() == null ? "" : r.body().strip().lines().findFirst().orElse("");
        return new UserError(r.statusCode() == 401 || r.statusCode() == 403 ? UserError.Kind.INPUT : UserError.Kind.ENVIRONMENT,
                base + "/curate answered HTTP " + r.statusCode() + (r.statusCode() == 401 ? " (wrong user or password)" : "")
                        + (body.isEmpty() || body.startsWith("<") ? "" : ": " + body));
    }

    private HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            return http.send(b.timeout(Duration.ofMinutes(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException ex) {
            throw UserError.environment("Cannot reach " + base + ": is the server running?", ex);
        } catch (IOException ex) {
            throw UserError.environment("Cannot talk to " + base + ": " + ex.getMessage(), ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw UserError.environment("interrupted while talking to " + base, ex);
        }
    }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }
}
