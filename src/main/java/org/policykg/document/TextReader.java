package org.policykg.document;

import org.policykg.error.UserError;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import org.jsoup.Jsoup;

/**
 * Reads one input file into a {@link SourceText}: strict UTF-8 (invalid bytes are an error, not
 * replacement characters), BOM dropped, size-limited, blank files refused; HTML reduced to its text.
 */
public final class TextReader {
    /** Inputs larger than this are refused, so one stray file cannot exhaust memory. */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    private final long maxBytes;

    public TextReader() { this(DEFAULT_MAX_BYTES); }

    public TextReader(long maxBytes) { this.maxBytes = maxBytes; }

    /** True for the file kinds this reader takes. */
    public static boolean isText(Path file) {
        return mediaType(file) != null && !Metadata.isSidecar(file);
    }

    static String mediaType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) return "text/plain";
        if (name.endsWith(".md") || name.endsWith(".markdown")) return "text/markdown";
        if (name.endsWith(".html") || name.endsWith(".htm")) return "text/html";
        return null;
    }

    /** Reads the file with the sidecar's metadata, overridden by {@code options}. */
    public SourceText read(Path file, Metadata options) {
        String type = mediaType(file);
        if (type == null)
            throw UserError.input(file + ": not a text file policykg converts (use .txt, .md or .html)");
        byte[] bytes = bytes(file);
        String text = decode(file, bytes);
        if (type.equals("text/html"))
            text = htmlText(text);
        if (isBlank(text))
            throw UserError.input(file + ": the file is empty or holds only white space; there is nothing to convert");
        Metadata metadata = Metadata.readSidecar(file).overriddenBy(options);
        return new SourceText(file, text, metadata, sha256(bytes), type);
    }

    private byte[] bytes(Path file) {
        try {
            if (Files.isDirectory(file))
                throw UserError.input(file + ": is a folder, not a file");
            long size = Files.size(file);
            if (size > maxBytes)
                throw UserError.input(file + ": the file is " + size + " bytes, over the limit of " + maxBytes + " bytes");
            return Files.readAllBytes(file);
        } catch (NoSuchFileException ex) {
            throw UserError.input(file + ": no such file", ex);
        } catch (AccessDeniedException ex) {
            throw UserError.input(file + ": not readable (permission denied)", ex);
        } catch (IOException ex) {
            throw UserError.input(file + ": cannot read: " + ex.getMessage(), ex);
        }
    }

    /** Strict UTF-8; the message gives the byte offset of the first bad byte. */
    static String decode(Path file, byte[] bytes) {
        for (byte b : bytes)
            if (b == 0)
                throw UserError.input(file + ": looks like a binary file (it holds NUL bytes), not UTF-8 text");
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError())
            throw UserError.input(String.format("%s: not valid UTF-8 (byte 0x%02X at offset %d); save the file as UTF-8",
                    file, bytes[in.position()] & 0xff, in.position()));
        result = decoder.flush(out);
        if (result.isError())
            throw UserError.input(file + ": not valid UTF-8 (truncated character at the end); save the file as UTF-8");
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The text a reader sees: jsoup's rendering with block elements on their own lines. */
    static String htmlText(String html) {
        org.jsoup.nodes.Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, template").remove();
        org.jsoup.nodes.Document.OutputSettings settings = new org.jsoup.nodes.Document.OutputSettings().prettyPrint(false);
        doc.outputSettings(settings);
        StringBuilder sb = new StringBuilder();
        new HtmlText(sb).collect(doc.body() == null ? doc : doc.body());
        return sb.toString().strip();
    }

    /** Blank counts every kind of space, non-breaking ones too (String.isBlank does not). */
    static boolean isBlank(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0xFEFF);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("the JVM has no SHA-256", ex);
        }
    }

}
