package org.policykg.map;

import java.util.Map;
import java.util.TreeMap;

/** Choosing a label by language, and a readable name for a resource that has none. */
final class Labels {
    private Labels() {}

    static String pick(Map<String, String> byLang, String lang, String iri) {
        if (lang != null && byLang.containsKey(lang))
            return byLang.get(lang);
        for (Map.Entry<String, String> e : byLang.entrySet())
            if (lang != null && !lang.isEmpty() && e.getKey().startsWith(lang + "-"))
                return e.getValue();
        if (byLang.containsKey("en"))
            return byLang.get("en");
        if (byLang.containsKey(""))
            return byLang.get("");
        if (!byLang.isEmpty())
            return new TreeMap<>(byLang).firstEntry().getValue();
        return fromIri(iri);
    }

    /** "https://…#hasComponent" → "has component"; "…/social-insurance" → "social insurance". */
    static String fromIri(String iri) {
        String local = iri.replaceAll(".*[/#:]", "");
        if (local.isEmpty())
            return iri;
        String spaced = local.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('-', ' ').replace('_', ' ');
        return spaced.toLowerCase(java.util.Locale.ROOT);
    }
}
