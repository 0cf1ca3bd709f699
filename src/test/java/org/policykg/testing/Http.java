package org.policykg.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.policykg.bench.LocalPorts;

/** Plain HTTP against a real server on localhost. */
public final class Http {
    private Http() {}

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** A port free on 127.0.0.1 now, for a server a test starts a moment later ({@link LocalPorts}: below the ephemeral range). */
    public static int freePort() {
        return LocalPorts.free();
    }


    public static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    public static HttpResponse<String> get(String url, String accept) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET());
    }

    /** A SPARQL query by GET with the given Accept header. */
    public static HttpResponse<String> query(String endpoint, String query, String accept) {
        return get(endpoint + "?query=" + enc(query), accept);
    }

    public static HttpResponse<String> postForm(String url, String form, String basicAuth) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (basicAuth != null)
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(basicAuth.getBytes(StandardCharsets.UTF_8)));
        return send(b);
    }

    public static HttpResponse<String> put(String url, String contentType, String body, String basicAuth) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body));
        if (basicAuth != null)
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(basicAuth.getBytes(StandardCharsets.UTF_8)));
        return send(b);
    }

    public static HttpResponse<String> send(HttpRequest.Builder b) {
        HttpRequest request = b.timeout(Duration.ofSeconds(60)).build();
        try {
            try {
                return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException ex) {
                // a pooled connection the server closed just before it was reused (after a refusal that left a body
                // unread) answers nothing at all; a browser sends the request again on a new connection, and so do we, once
                if (ex.getMessage() == null || !ex.getMessage().contains("received no bytes"))
                    throw ex;
                return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
