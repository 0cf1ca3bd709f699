package org.policykg.curate;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.*;
import java.util.function.Supplier;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.policykg.error.UserError;
import org.policykg.serve.PolicyServer;

/**
 * The curation page, mounted at /curate/*: the candidates with their evidence and forms to accept, merge or
 * reject each ({@code POST /curate/accept|merge|reject}). Only for the users allowed to write (HTTP basic auth
 * against the server's password file, as for /policy/update): anonymous users get 401 and see nothing; with no
 * password file nobody gets in. Forms carry a token the page was served with, so another site cannot make a
 * logged-in curator's browser post a decision.
 */
public final class CuratePage extends HttpServlet {
    public static final String PATH = "/curate/*";

    private final transient Supplier<Curator> curator;
    private final Set<String> users;
    private final boolean open;
    private final String token;

    /**
     * @param curator the curator over the served store (asked for on each request: it exists once the server is built)
     * @param users   the users allowed to write; empty: every user of the password file
     * @param open    false when the server has no password file (then nobody curates)
     */
    public CuratePage(Supplier<Curator> curator, Set<String> users, boolean open) {
        this.curator = curator;
        this.users = Set.copyOf(users);
        this.open = open;
        byte[] b = new byte[24];
        new SecureRandom().nextBytes(b);
        this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** The user when allowed; otherwise the response is sent (401 asking for the password, or 403) and null returned. */
    private String allowed(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Cache-Control", "no-store");
        if (!open) {
            send(resp, 403, "Curation is closed: the server has no password file (see README, Writes).");
            return null;
        }
        String why = PolicyServer.WritesOverHttps.refusal(req.getRemoteAddr(), req.isSecure(), "POST");
        if (why != null) {
            send(resp, 403, why);
            return null;
        }
        String user = req.getRemoteUser();
        if (user == null) {
            try {
                if (req.authenticate(resp)) // asks the browser for the password (401) when none was sent
                    user = req.getRemoteUser();
            } catch (ServletException ex) {
                send(resp, 403, "Curation needs HTTP basic authentication, which this server does not offer.");
                return null;
            }
            if (user == null) {
                if (!resp.isCommitted())
                    send(resp, 401, "Curation is for the users allowed to write: log in.");
                return null;
            }
        }
        if (!users.isEmpty() && !users.contains(user)) {
            send(resp, 403, "The user " + user + " may not curate.");
            return null;
        }
        return user;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (allowed(req, resp) == null)
            return;
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        if (!path.isEmpty() && !path.equals("/")) {
            send(resp, 404, "No such page: " + req.getRequestURI());
            return;
        }
        List<Candidate> candidates;
        try {
            candidates = curator.get().candidates();
        } catch (UserError ex) {
            send(resp, 500, ex.getMessage());
            return;
        }
        resp.setStatus(200);
        resp.setContentType("text/html;charset=utf-8");
        resp.getWriter().write(page(candidates, req.getParameter("done"), req.getParameter("error")));
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String user = allowed(req, resp);
        if (user == null)
            return;
        if (!token.equals(req.getParameter("token"))) {
            send(resp, 403, "This form is stale or came from another site: reload the curation page.");
            return;
        }
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        String candidate = req.getParameter("candidate");
        try {
            Curator.Result r = switch (path) {
                case "/accept" -> curator.get().accept(candidate, req.getParameter("label"), req.getParameter("zh"),
                        blankToNull(req.getParameter("broader")), req.getParameter("definition"), user);
                case "/merge" -> curator.get().merge(candidate, blankToNull(req.getParameter("other")) != null ? req.getParameter("other")
                        : req.getParameter("into"), user);
                case "/reject" -> curator.get().reject(candidate, req.getParameter("reason"), user);
                default -> null;
            };
            if (r == null) {
                send(resp, 404, "No such action: " + req.getRequestURI());
                return;
            }
            resp.sendRedirect(req.getContextPath() + "/curate?done=" + enc(r.message()));
        } catch (UserError ex) {
            resp.sendRedirect(req.getContextPath() + "/curate?error=" + enc(ex.getMessage()));
        }
    }

    private String page(List<Candidate> candidates, String done, String error) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>policykg: curation</title><style>")
                .append("body{font:15px/1.4 system-ui,sans-serif;margin:1.5em;max-width:70em}")
                .append(".candidate{border:1px solid #ccc;border-radius:6px;padding:.6em 1em;margin:.8em 0}")
                .append(".group{border-left:4px solid #7a9;padding-left:.6em;margin:1em 0}")
                .append("blockquote{margin:.3em 0 .3em 1em;color:#333;font-style:italic}")
                .append("form{display:inline-block;margin:.3em 1em .3em 0;vertical-align:top}")
                .append(".done{background:#e7f6e7;padding:.5em}.error{background:#fbe3e3;padding:.5em}")
                .append("code{font-size:90%}</style></head><body>");
        b.append("<h1>Candidate concepts</h1><p>What the converter found that the concept scheme does not know. Accept one as a new concept, ")
                .append("merge its wording into a known concept, or reject the wording; decisions go to <code>ontology/curated.ttl</code> ")
                .append("and the documents that used the candidate are converted again.</p>");
        if (done != null)
            b.append("<p class=\"done\" id=\"done\">").append(esc(done)).append("</p>");
        if (error != null)
            b.append("<p class=\"error\" id=\"error\">").append(esc(error)).append("</p>");
        b.append("<p id=\"count\">").append(candidates.size()).append(" candidate(s)</p>");
        int group = -1;
        boolean inGroup = false;
        for (Candidate c : candidates) {
            if (c.group() != group) {
                if (inGroup) b.append("</div>");
                b.append("<div class=\"group\" data-group=\"").append(c.group()).append("\">");
                inGroup = true;
                group = c.group();
            }
            b.append("<div class=\"candidate\" data-iri=\"").append(esc(c.iri())).append("\" data-kind=\"").append(esc(c.kind())).append("\">");
            b.append("<h3>").append(esc(c.label())).append(" <small>(").append(esc(c.kind())).append(")</small></h3>");
            b.append("<p><code>").append(esc(c.iri())).append("</code> · ").append(c.documents().size()).append(" document(s), ")
                    .append(c.statements()).append(" statement(s)</p>");
            for (Candidate.Sentence s : c.sentences())
                b.append("<blockquote>").append(esc(s.text())).append("</blockquote>");
            b.append(form("merge", c)).append("Merge into <select name=\"into\">");
            for (Candidate.Closest k : c.closest())
                b.append("<option value=\"").append(esc(k.iri())).append("\">").append(esc(k.label())).append(" (").append(esc(k.kind()))
                        .append(String.format(Locale.ROOT, ", %.2f", k.match().score())).append(")</option>");
            b.append("</select> or <input name=\"other\" placeholder=\"another concept (IRI or label)\"> ")
                    .append("<button type=\"submit\" class=\"merge\">Merge</button></form>");
            b.append(form("accept", c)).append("<input name=\"label\" placeholder=\"English label\" value=\"")
                    .append(esc(c.language().startsWith("zh") ? "" : c.label())).append("\" required> ")
                    .append("<input name=\"zh\" placeholder=\"中文\"> <input name=\"broader\" placeholder=\"broader concept\"> ")
                    .append("<input name=\"definition\" placeholder=\"definition\"> <button type=\"submit\" class=\"accept\">Accept</button></form>");
            b.append(form("reject", c)).append("<input name=\"reason\" placeholder=\"why it names no concept\"> ")
                    .append("<button type=\"submit\" class=\"reject\">Reject</button></form>");
            b.append("</div>");
        }
        if (inGroup) b.append("</div>");
        return b.append("</body></html>").toString();
    }

    private String form(String action, Candidate c) {
        return "<form method=\"post\" action=\"/curate/" + action + "\" class=\"" + action + "\"><input type=\"hidden\" name=\"token\" value=\""
                + token + "\"><input type=\"hidden\" name=\"candidate\" value=\"" + esc(c.iri()) + "\">";
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s; }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void send(HttpServletResponse resp, int status, String text) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain;charset=utf-8");
        resp.getWriter().println(text);
    }
}
