package org.policykg.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileHashesTest {
    @TempDir Path tmp;

    private static final String SHA_OF_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void aSettledFileIsRememberedAcrossRunsAndHashedAgainOnceItChanges() throws Exception {
        Path f = tmp.resolve("lexicon.ttl");
        Files.writeString(f, "abc", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(f, FileTime.from(Instant.now().minusSeconds(60)));
        Path memo = tmp.resolve("cache").resolve("file-hashes.tsv");
        FileHashes first = new FileHashes(memo);
        assertEquals(SHA_OF_ABC, first.sha256(f));
        first.save();
        assertTrue(Files.readString(memo).contains(SHA_OF_ABC));

        // a later run takes the hash from the memo: shown by a memo entry that disagrees with the content
        Files.writeString(memo, Files.readString(memo).replace(SHA_OF_ABC, "0".repeat(64)));
        assertEquals("0".repeat(64), new FileHashes(memo).sha256(f));

        // changed (another size, another time): hashed again
        Files.writeString(f, "abcd", StandardCharsets.UTF_8);
        assertEquals("88d4266fd4e6338d13b845fcf289579d209c897823b9217da3e161936f031589", new FileHashes(memo).sha256(f));
    }

    @Test
    void aFileJustWrittenIsNotRememberedAcrossRuns() throws Exception {
        Path f = tmp.resolve("text.txt");
        Files.writeString(f, "abc", StandardCharsets.UTF_8); // modified now: another write in the same tick could keep size and time
        Path memo = tmp.resolve("file-hashes.tsv");
        FileHashes hashes = new FileHashes(memo);
        assertEquals(SHA_OF_ABC, hashes.sha256(f));
        hashes.save();
        assertFalse(Files.exists(memo) && Files.readString(memo).contains(SHA_OF_ABC), "a file modified within the last seconds is not kept");
    }

    @Test
    void aDamagedMemoIsIgnored() throws Exception {
        Path f = tmp.resolve("a.txt");
        Files.writeString(f, "abc", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(f, FileTime.from(Instant.now().minusSeconds(60)));
        Path memo = tmp.resolve("file-hashes.tsv");
        Files.writeString(memo, "not\ta\tmemo\n" + "0".repeat(64) + "\tx\ty\t" + f.toAbsolutePath() + "\n");
        assertEquals(SHA_OF_ABC, new FileHashes(memo).sha256(f));
    }
}
