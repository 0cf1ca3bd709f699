package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.document.*;

/**
 * Measures official Chinese states as a clause, not a noun (issue 14, Chinese reform recall): the disposal construction
 * that moves a value (将/把 X 由A 降至 B), a planned move (X 将由A增至B), a limit set for a group (为 X 设…上限), separate
 * handling (将 X 单独核算), a benefit withdrawn (不再享受…), an inclusion, eligibility granted (X 可…参加…保险), a channel
 * opened, a scale widened, a change by its basis (按通胀调高…), a criterion replaced (以A取代B作为…), a value adjusted by an
 * amount or from a date of effect, a levy relieved and an account put to a use, in both scripts;
 * and what is no measure: figures observed or reported, the work itself, a state to ensure. The texts
 * (src/test/resources/zh-measure) were written for this test.
 */
class ChineseMeasureClausesTest {
    @TempDir static Path dir;
    static Document simplified, traditional;

    @BeforeAll
    static void convert() throws Exception {
        Path res = Converters.home().resolve("src/test/resources/zh-measure");
        simplified = Converters.convert(dir, "s.txt", Files.readString(res.resolve("measures-simplified.txt")));
        traditional = Converters.convert(dir, "t.txt", Files.readString(res.resolve("measures-traditional.txt")));
    }

    private static List<String> reforms(Document doc) {
        return doc.statements().stream().flatMap(s -> s.targets(Role.REFORM).stream()).map(ConceptRef::label).distinct().toList();
    }

    /** "actor -> reform" for each statement that makes an actor responsible for a reform. */
    private static Set<String> responsibilities(Document doc) {
        Set<String> out = new TreeSet<>();
        for (Statement s : doc.statements())
            for (ConceptRef a : s.targets(Role.RESPONSIBLE_ACTOR))
                for (ConceptRef r : s.targets(Role.REFORM))
                    out.add(a.label() + " -> " + r.label());
        return out;
    }

    @Test
    void measuresStatedAsClausesAreReformsInSimplifiedCharacters() {
        List<String> r = reforms(simplified);
        for (String expected : List.of("灵活就业人员纳入职工基本养老保险", "门诊费用的起付标准由八百元降至五百元", "扩大个人养老金投资规模",
                "长期护理保险基金单独核算", "不再享受失业保险待遇", "长期护理保险试点城市将由四十九个增至七十个", "新就业形态人员可在就业地参加工伤保险",
                "开通异地就医备案线上服务", "城乡居民基础养老金最低标准提高30元", "小微企业缴纳的失业保险费减半征收",
                "职工医保个人账户用于支付配偶的医疗费用", "二十种罕见病用药列入医保药品目录"))
            assertTrue(r.contains(expected), "no " + expected + " in " + r);
    }

    @Test
    void measuresStatedAsClausesAreReformsInTraditionalCharacters() {
        List<String> r = reforms(traditional);
        for (String expected : List.of("合资格年龄由六十五岁降至六十岁", "强积金供款率提高至百分之八", "开通网上申请渠道",
                "年长雇员设每月三千元的津贴上限", "调高老年给付金额", "以家庭收入取代工作时数作为申领准则", "引入电子医疗券",
                "高龄津贴上调百分之五"))
            assertTrue(r.contains(expected), "no " + expected + " in " + r);
    }

    @Test
    void figuresObservedTheWorkItselfAndStatesToEnsureAreNoMeasures() {
        List<String> all = new ArrayList<>(reforms(simplified));
        all.addAll(reforms(traditional));
        for (String no : List.of("人数", "这项工作", "力度", "平均", "保障"))
            assertTrue(all.stream().noneMatch(x -> x.contains(no)), no + " in " + all);
        // the task a body files (这项任务) is no measure; filing it for the yearly assessment (纳入年度考核) is a procedural
        // step the corpus's conventions leave optional, which the measure-span model, trained on them, may read
        assertTrue(all.stream().noneMatch(x -> x.contains("议事日程") || x.contains("任务")), all.toString());
    }

    @Test
    void willBeforeADateIsTheSubjectsFutureNotADisposal() {
        List<String> r = reforms(traditional);
        // 将 before 自…起 is the future of the clause's subject: the time is no thing moved
        assertTrue(r.stream().noneMatch(x -> x.startsWith("自")), r.toString());
    }

    @Test
    void theActorAClauseOpensWithIsResponsibleForItsMeasure() {
        Set<String> s = responsibilities(simplified);
        assertTrue(s.contains("人力资源和社会保障部 -> 灵活就业人员纳入职工基本养老保险"), s.toString());
        assertTrue(s.contains("国家医疗保障局 -> 门诊费用的起付标准由八百元降至五百元"), s.toString());
        assertTrue(s.contains("财政部 -> 扩大个人养老金投资规模"), s.toString());
        assertTrue(s.contains("省医疗保障局 -> 长期护理保险基金单独核算"), s.toString());
        Set<String> t = responsibilities(traditional);
        assertTrue(t.contains("劳动部 -> 合资格年龄由六十五岁降至六十岁"), t.toString());
        assertTrue(t.contains("社会福利署 -> 开通网上申请渠道"), t.toString());
        assertTrue(t.contains("劳工保险局 -> 调高老年给付金额"), t.toString());
        assertTrue(t.contains("卫生署 -> 引入电子医疗券"), t.toString());
        // a measure with no actor before it makes no one responsible (长期护理保险试点城市将由…增至…)
        assertTrue(s.stream().noneMatch(x -> x.endsWith("-> 长期护理保险试点城市将由四十九个增至七十个")), s.toString());
        // and a body answers only for what its own clause calls for (各部门要把这项任务纳入年度考核: at most that step)
        assertTrue(t.stream().filter(x -> x.startsWith("各部门")).allMatch(x -> x.equals("各部门 -> 纳入年度考核")), t.toString());
    }
}
