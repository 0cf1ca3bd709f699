package org.policykg.extract.stages;

import java.io.*;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.*;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;

/**
 * The part-of-speech model's parameters as a plain table, written once per build beside this class ({@link #main}, run
 * by Maven) from the model Maven Central ships, and read back into the same OpenNLP model. OpenNLP's reader inflates
 * the model's zip entry through many small reads and parses each outcome pattern from a string: about a third of a
 * second of a fresh process's CPU, on the path of {@code up}'s first answer whenever it converts texts, for a result
 * that depends only on the model's release. The table holds the same numbers (outcomes, manifest entries, feature
 * generator descriptor, and each feature's outcomes and parameters), its features in columns copied in bulk; a jar
 * without it, or with one made from another model resource (whose name carries the model's release) or cut short,
 * reads the model as OpenNLP does.
 */
public final class TagModelTable {
    static final String RESOURCE = "pos-model.table";
    private static final String FORMAT = "policykg part-of-speech table 2";
    /** Manifest entries a model's constructor writes itself. */
    private static final Set<String> OWN_ENTRIES = Set.of("Manifest-Version", "OpenNLP-Version", "Component-Name", "Language",
            "Timestamp", "factory");

    private TagModelTable() {}

    /** The model of {@code modelResource}: from the build's table when it was made from that model, else OpenNLP's reader. */
    static POSModel read(String modelResource) throws IOException {
        try (InputStream in = TagModelTable.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                try {
                    POSModel m = read(in.readAllBytes(), modelResource);
                    if (m != null)
                        return m;
                } catch (EOFException | java.nio.BufferUnderflowException cutShort) {
                    // a table cut short: the model itself below
                }
            }
        }
        try (InputStream in = TagModelTable.class.getResourceAsStream(modelResource)) {
            if (in == null)
                throw new IllegalStateException("the OpenNLP model " + modelResource + " is not on the class path");
            return new POSModel(in);
        }
    }

    /** The model a table holds, or null when it was made from another model or in another format. */
    static POSModel read(byte[] table, String modelResource) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(table));
        if (!FORMAT.equals(in.readUTF()) || !modelResource.equals(in.readUTF()))
            return null;
        String[] outcomes = new String[in.readInt()];
        for (int i = 0; i < outcomes.length; i++)
            outcomes[i] = in.readUTF();
        Map<String, String> manifest = new LinkedHashMap<>();
        for (int i = in.readInt(); i > 0; i--)
            manifest.put(in.readUTF(), in.readUTF());
        byte[] featureGenerator = new byte[in.readInt()];
        in.readFully(featureGenerator);
        int n = in.readInt(), nameBytes = in.readInt(), values = in.readInt();
        byte[] names = new byte[nameBytes];
        in.readFully(names);
        // the rest in bulk: lengths, counts, outcomes, parameters (big-endian, as DataOutputStream wrote them)
        java.nio.ByteBuffer rest = java.nio.ByteBuffer.wrap(table, table.length - in.available(), in.available());
        int[] nameLengths = new int[n], counts = new int[n];
        rest.asIntBuffer().get(nameLengths);
        rest.position(rest.position() + 4 * n);
        rest.asIntBuffer().get(counts);
        rest.position(rest.position() + 4 * n);
        short[] tagColumn = new short[values];
        rest.asShortBuffer().get(tagColumn);
        rest.position(rest.position() + 2 * values);
        double[] weightColumn = new double[values];
        rest.asDoubleBuffer().get(weightColumn);
        String[] features = new String[n];
        Context[] parameters = new Context[n];
        for (int i = 0, at = 0, v = 0; i < n; i++) {
            features[i] = new String(names, at, nameLengths[i], java.nio.charset.StandardCharsets.UTF_8);
            at += nameLengths[i];
            int[] tags = new int[counts[i]];
            for (int k = 0; k < tags.length; k++)
                tags[k] = tagColumn[v + k];
            parameters[i] = new Context(tags, Arrays.copyOfRange(weightColumn, v, v + tags.length));
            v += tags.length;
        }
        String language = manifest.remove("Language");
        OWN_ENTRIES.forEach(manifest::remove);
        return new POSModel(language, new GISModel(parameters, features, outcomes), manifest,
                new POSTaggerFactory(featureGenerator, new HashMap<>(), null));
    }

    /** The table of a model read by OpenNLP (its parameters, and the feature generator descriptor and manifest it keeps as artifacts), {@code modelResource} naming the model it was read from. */
    static byte[] table(POSModel model, String modelResource) throws IOException {
        if (!(model.getArtifact("pos.model") instanceof GISModel gis))
            throw new IllegalArgumentException("not a maximum-entropy part-of-speech model");
        byte[] featureGenerator = model.getArtifact("generator.featuregen");
        Properties manifest = model.getArtifact("manifest.properties");
        if (featureGenerator == null || manifest == null)
            throw new IllegalArgumentException("a model without its feature generator descriptor or manifest");
        Object[] data = gis.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> byFeature = (Map<String, Context>) data[1];
        String[] outcomes = (String[]) data[2];
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeUTF(FORMAT);
        out.writeUTF(modelResource);
        out.writeInt(outcomes.length);
        for (String o : outcomes)
            out.writeUTF(o);
        SortedMap<String, String> entries = new TreeMap<>();
        manifest.stringPropertyNames().forEach(k -> entries.put(k, manifest.getProperty(k)));
        out.writeInt(entries.size());
        for (Map.Entry<String, String> e : entries.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue());
        }
        out.writeInt(featureGenerator.length);
        out.write(featureGenerator);
        // in columns (the features' names in one UTF-8 run, then their lengths, their outcome counts, all outcomes and all
        // parameters), so that reading copies each column at once instead of decoding 33,000 names and parameters one by one
        SortedMap<String, Context> sorted = new TreeMap<>(byFeature);
        ByteArrayOutputStream names = new ByteArrayOutputStream();
        int values = 0;
        for (Map.Entry<String, Context> e : sorted.entrySet()) {
            names.write(e.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            values += e.getValue().getOutcomes().length;
        }
        out.writeInt(sorted.size());
        out.writeInt(names.size());
        out.writeInt(values);
        names.writeTo(out);
        for (String f : sorted.keySet())
            out.writeInt(f.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        for (Context c : sorted.values())
            out.writeInt(c.getOutcomes().length);
        for (Context c : sorted.values())
            for (int t : c.getOutcomes())
                out.writeShort(t);
        for (Context c : sorted.values())
            for (double w : c.getParameters())
                out.writeDouble(w);
        out.flush();
        return bytes.toByteArray();
    }

    /** The table of the model resource as OpenNLP reads it. */
    static byte[] table(String modelResource) throws IOException {
        POSModel model;
        try (InputStream in = TagModelTable.class.getResourceAsStream(modelResource)) {
            if (in == null)
                throw new IllegalStateException("the OpenNLP model " + modelResource + " is not on the class path");
            model = new POSModel(in);
        }
        return table(model, modelResource);
    }

    /** Writes the table of the part-of-speech model to the file {@code args[0]} (run by the build). */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(out.getParent());
        Path part = out.resolveSibling(out.getFileName() + ".part");
        Files.write(part, table(OpenNlp.TAG_MODEL));
        Files.move(part, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
