package org.policykg.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.policykg.store.Folders;

/**
 * How the tests start the real command in a JVM of its own: the JVM options and the class path. The suite starts some
 * fifty such JVMs, each for seconds, on two shared cores, so two things that do not change what a command does make
 * them cheaper:
 * <ul>
 * <li>C1 only and the serial collector: a run of seconds is over before C2's compilations pay for the CPU they take;</li>
 * <li>class data sharing (AppCDS, as bin/policykg uses for users): a short run spends most of its start loading
 * thousands of classes (one {@code up} of the seed loads about 8,900). Those are recorded once per test run, from
 * such an {@code up}, into a static archive that every later start maps. CDS maps classes from jar files only and
 * refuses to record with a non-empty folder on the class path, so the archive is made from the dependency jars alone
 * and the build's class folders come after them on the children's class path (the project's classes and resources
 * share no name with a dependency's).</li>
 * </ul>
 * If the archive cannot be made, children start without it, only slower.
 */
final class ChildJvm {
    private ChildJvm() {}

    private static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    record Launch(List<String> options, String classPath) {}

    private static Launch launch;

    static synchronized Launch launch() {
        if (launch == null)
            launch = withClassData();
        return launch;
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Launch withClassData() {
        String classPath = System.getProperty("java.class.path");
        Launch plain = new Launch(QUICK_START, classPath);
        List<String> entries = Arrays.asList(classPath.split(File.pathSeparator));
        String jars = String.join(File.pathSeparator, entries.stream().filter(e -> e.endsWith(".jar")).toList());
        String folders = String.join(File.pathSeparator, entries.stream().filter(e -> !e.endsWith(".jar")).toList());
        try {
            Path dir = Files.createTempDirectory("policykg-class-data-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> Folders.deleteQuietly(dir)));
            Path inputs = Files.createDirectories(dir.resolve("inputs"));
            for (String f : List.of("seeds/xinhua-qiushi-social-security.txt", "seeds/xinhua-qiushi-social-security.meta.json"))
                Files.copy(Project.file(f), inputs.resolve(Path.of(f).getFileName()));
            Path list = dir.resolve("classes.lst"), archive = dir.resolve("classes.jsa");
            List<String> record = new ArrayList<>(List.of(java()));
            record.addAll(QUICK_START);
            record.addAll(List.of("-XX:DumpLoadedClassList=" + list, "-cp", classPath, "-Dpolicykg.home=" + Project.home(),
                    "-Dpolicykg.logfile=" + dir.resolve("up.log"), "org.policykg.cli.Main",
                    "up", "--data", dir.resolve("data").toString(), "--port", "0", "--start-cache", "off", "--exit-when-ready", inputs.toString()));
            if (!run(record) || !Files.isRegularFile(list))
                return plain;
            if (!run(List.of(java(), "-XX:+UseSerialGC", "-Xshare:dump", "-XX:SharedClassListFile=" + list,
                    "-XX:SharedArchiveFile=" + archive, "-cp", jars)) || !Files.isRegularFile(archive))
                return plain;
            List<String> options = new ArrayList<>(QUICK_START);
            options.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds*=off", "-Xlog:cds+dynamic=off"));
            return new Launch(options, folders.isEmpty() ? jars : jars + File.pathSeparator + folders);
        } catch (IOException | RuntimeException ex) {
            return plain;
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return plain;
        }
    }

    private static boolean run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return false;
        }
        return p.exitValue() == 0;
    }
}
