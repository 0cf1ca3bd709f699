package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.document.*;

/**
 * Chinese press conferences and notices, in texts written for this test: a question makes no one responsible; a
 * subject starts after a speaker's label ("答：", "记者："), never across the colon; and a body a notice asks to be sent
 * something (报…审批, 经…批准) is the body, without the verb before it (lex:notInName). (English texts read the same
 * sentences right by their names already.)
 */
class SpeakerLabelsAndRequestsTest {
    @TempDir Path dir;

    private static Set<String> labels(Document doc, Role role) {
        return doc.statements().stream().flatMap(s -> s.targets(role).stream()).map(ConceptRef::label).collect(Collectors.toSet());
    }

    private static Set<String> allLabels(Document doc) {
        return doc.statements().stream().flatMap(s -> s.links().stream()).map(l -> l.target().label()).collect(Collectors.toSet());
    }

    @Test
    void aChineseSubjectNeverRunsAcrossTheSpeakersColon() throws Exception {
        Document doc = Converters.convert(dir, "qa-zh.txt", "记者：企业需要提交哪些材料？\n\n答：用人单位需要在月底前提交申请。\n");
        assertTrue(allLabels(doc).stream().noneMatch(l -> l.contains("：") || l.contains("记者")), allLabels(doc).toString());
        assertTrue(labels(doc, Role.RESPONSIBLE_ACTOR).contains("用人单位"), labels(doc, Role.RESPONSIBLE_ACTOR).toString());
        assertFalse(labels(doc, Role.RESPONSIBLE_ACTOR).contains("企业"), "a question makes no one responsible");
    }

    @Test
    void aBodyANoticeAsksToApproveIsTheBodyWithoutTheVerb() throws Exception {
        Document doc = Converters.convert(dir, "request-zh.txt",
                "各省要根据全国总体调整比例确定具体方案，报人力资源社会保障部、财政部审批后实施。确需调整的，经省人民政府批准后执行。");
        Set<String> iris = doc.mentions().stream().map(m -> m.concept().iri()).collect(Collectors.toSet());
        assertTrue(iris.contains("https://w3id.org/sspo/id/actor/ministry-of-human-resources-and-social-security"), iris.toString());
        Set<String> spans = doc.mentions().stream().map(m -> m.span().of(doc.text())).collect(Collectors.toSet());
        assertTrue(spans.stream().noneMatch(s -> s.startsWith("报") || s.startsWith("经")), spans.toString());
    }
}
