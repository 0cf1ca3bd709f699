package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.document.*;

/**
 * Rules changed that official Chinese states without a plan word (issue 14, Chinese reform recall): a limit only a rule
 * sets moved (…起付线由A降至B, …最高支付限额每年提高N元), a value moved from a date of effect written 由…起 as Hong Kong
 * writes it, an inclusion into the scope the sentence named (纳入范围), a restriction lifted (不再受…限制), a fee waived for
 * a group (对…免除…), a step no longer required (毋须再…), a benefit paid out (按月发放…补贴), a ratio cut for all
 * (一律降为…), a restriction or practice lifted (放开…限制, 取消…的做法), the base of contributions set (以…为缴费基数), a
 * payment brought under a monitoring system (纳入…监管系统), an arrangement changed to another (改以…, 改为… at any length), what a means test leaves out (…不计入家庭收入); and what stays no measure: a base and a count observed, a total paid reported (累计发放…), and what a
 * measure spares people (不必再跑两趟). The text (src/test/resources/zh-rule-changes) was written for this test.
 */
class ChineseRuleChangesTest {
    @TempDir static Path dir;
    static List<String> reforms;

    @BeforeAll
    static void convert() throws Exception {
        Path res = Converters.home().resolve("src/test/resources/zh-rule-changes/rule-changes.txt");
        Document doc = Converters.convert(dir, "c.txt", Files.readString(res));
        reforms = doc.statements().stream().flatMap(s -> s.targets(Role.REFORM).stream()).map(ConceptRef::label).distinct().toList();
    }

    /** The reforms a text written here gives, by label. */
    private static List<String> reformsIn(Path tmp, String name, String text) throws Exception {
        Document doc = Converters.convert(tmp, name, text);
        return doc.statements().stream().flatMap(s -> s.targets(Role.REFORM).stream()).map(ConceptRef::label).distinct().toList();
    }

    private static void assertRead(String expected) {
        assertTrue(reforms.stream().anyMatch(r -> r.contains(expected)), "no " + expected + " in " + reforms);
    }

    @Test
    void aLimitOnlyARuleSetsMovedIsARuleChangedWithoutAPlanWord() {
        assertRead("住院救助起付线由1200元降至800元");
        assertRead("年度救助封顶线由3万元提高到5万元");
        assertRead("大病保险最高支付限额每年提高5000元");
        // with an adverb before the from (则, 也), and a statutory minimum wage, a floor only a rule sets
        assertRead("财产限额则由50万元放宽至80万元");
        assertRead("每月最低工资由2300元调升至2520元");
        // an amount paid on top, which only a rule does
        assertRead("每月基础养老金加发2元");
        // the time a rule allows an office to decide
        assertRead("护理补贴申请的审批时间由30天缩短至15天");
    }

    @Test
    void aBaseOrACountObservedIsNoMeasure() {
        assertTrue(reforms.stream().noneMatch(r -> r.contains("缴费基数提高") || r.contains("参保人数")), reforms.toString());
    }

    @Test
    void aValueMovedFromADateOfEffectWrittenYouQiIsARuleChanged() {
        assertRead("共付比率将降至百分之二十");
    }

    @Test
    void inclusionsRestrictionsLiftedAndFeesWaivedAreMeasures() {
        assertRead("符合条件的村卫生室纳入范围");
        assertRead("不再受户籍限制");
        assertRead("特困人员免除城乡居民医保个人缴费");
    }

    @Test
    void aStepNoLongerRequiredIsAMeasureWhatItSparesPeopleIsNot() {
        assertRead("毋须再提交纸本收入证明");
        assertTrue(reforms.stream().noneMatch(r -> r.contains("跑两趟")), reforms.toString());
    }

    @Test
    void aBenefitPaidOutIsAMeasureATotalPaidIsAReport() {
        assertRead("护理补贴");
        assertTrue(reforms.stream().noneMatch(r -> r.contains("高龄津贴")), reforms.toString());
    }

    @Test
    void aRatioMovedForAllIsARuleChanged() {
        assertRead("自付比率一律降为百分之十");
    }

    @Test
    void restrictionsAndPracticesLiftedBasesSetAndPaymentsBroughtUnderMonitoringAreMeasures() {
        assertRead("灵活就业人员在就业地参保的户籍限制");
        assertRead("按季预留结算保证金的做法");
        assertRead("本人实际工资为缴费基数");
        assertRead("个人账户共济支付纳入智能监管系统");
    }

    @Test
    void anArrangementChangedToAnotherIsARuleChangedHoweverLongTheNewOne() {
        // 改以…: the unit of assessment changed; 改为… with a new arrangement of more than twelve characters
        assertRead("重度残疾人护理补贴改以个人为单位认定");
        assertRead("经济困难老年人服务补贴的标准改为每年根据上年度居民消费价格指数调整");
    }

    @Test
    void whatAMeansTestLeavesOutIsARule() {
        assertRead("不计入低保家庭收入");
        assertRead("不再列入计算");
    }

    /** The thing changed as the subject and the plan word before the verb that ends the clause, with no value: a rule changed. */
    @Test
    void aThingPlannedToChangeWithoutAValueIsARuleChangedButAFigureIsNone(@TempDir Path tmp) throws Exception {
        String text = "此外，請領手續也將簡化。醫療券的使用範圍亦會擴闊。入息審查將同步放寬。全省参保人数将提高。平均待遇也将提高。";
        List<String> read = reformsIn(tmp, "planned.txt", text);
        for (String r : List.of("请领手续也将简化", "医疗券的使用范围亦会扩阔", "入息审查将同步放宽"))
            assertTrue(read.stream().anyMatch(x -> x.contains(r)), "no " + r + " in " + read);
        assertTrue(read.stream().noneMatch(x -> x.contains("人数") || x.contains("平均")), read.toString());
    }

    /** Inspection or penalties on those a rule binds, made stronger, are a measure of enforcement in either script. */
    @Test
    void strongerInspectionOrPenaltiesOnThoseARuleBindsAreAMeasure(@TempDir Path tmp) throws Exception {
        String text = "社保局将加强对欠缴社会保险费用人单位的稽核和处罚。當局並會收緊對延誤發放津貼機構的罰則，以保障受助人權益。";
        List<String> read = reformsIn(tmp, "enforce.txt", text);
        assertTrue(read.contains("加强对欠缴社会保险费用人单位的稽核和处罚"), read.toString());
        assertTrue(read.contains("收紧对延误发放津贴机构的罚则"), read.toString());
    }

    /** A rule amended, repealed or adjusted after a plan word, or after the date it takes effect, is a measure. */
    @Test
    void aRuleAmendedOrAdjustedAfterAPlanWordOrADateOfEffectIsAMeasure(@TempDir Path tmp) throws Exception {
        String text = "人社厅将修订工伤保险待遇调整办法。民政局自明年七月起调整低保标准的计算方法，並將刪除申請表中的婚姻狀況一欄。";
        List<String> read = reformsIn(tmp, "amend.txt", text);
        assertTrue(read.stream().anyMatch(r -> r.startsWith("修订工伤保险待遇调整办法")), read.toString());
        assertTrue(read.stream().anyMatch(r -> r.startsWith("调整低保标准的计算方法")), read.toString());
        assertTrue(read.stream().anyMatch(r -> r.startsWith("删除申请表中的婚姻状况一栏")), read.toString());
    }

    /** What a means test no longer counts, in Taiwan's wording (不再列计), is a rule of entitlement changed. */
    @Test
    void whatAMeansTestNoLongerCountsIsARuleChanged(@TempDir Path tmp) throws Exception {
        List<String> read = reformsIn(tmp, "disregard.txt", "新制上路後，申請人名下唯一的自用住宅將不再列計。");
        assertTrue(read.stream().anyMatch(r -> r.contains("不再列计")), read.toString());
    }

    /** A power of approval devolved to a lower level is a reform; the level, a body, stays out of it. */
    @Test
    void aPowerOfApprovalDevolvedToALowerLevelIsAReform(@TempDir Path tmp) throws Exception {
        String text = "市民政局将临时救助审批权限下放至街道办事处。醫療救助的審核確認權限亦會下放到區政府。民政部门将权力和责任统一起来。";
        Document doc = Converters.convert(tmp, "devolve.txt", text);
        List<String> read = doc.statements().stream().flatMap(s -> s.targets(Role.REFORM).stream()).map(ConceptRef::label).distinct().toList();
        assertTrue(read.stream().anyMatch(r -> r.contains("临时救助审批权限下放")), read.toString());
        assertTrue(read.stream().anyMatch(r -> r.contains("医疗救助的审核确认权限")), read.toString());
        assertTrue(read.stream().noneMatch(r -> r.contains("权力和责任")), read.toString());
        // the level it goes to is a body, named on its own, not inside the reform
        assertTrue(read.stream().noneMatch(r -> r.contains("街道办事处") || r.contains("区政府")), read.toString());
    }

    /** Contributions a government or a fund pays on behalf of a group (代缴, Hong Kong's 代供) are a measure of assistance. */
    @Test
    void contributionsPaidOnBehalfOfAGroupAreAMeasure(@TempDir Path tmp) throws Exception {
        String text = "对重度残疾人，由县级财政为其代缴全部城乡居民养老保险费。新生兒首年的個人保費由市財政全額代繳，"
                + "所需資金由醫療救助基金承擔。去年各地为群众减少垫付资金二十亿元。";
        List<String> read = reformsIn(tmp, "behalf.txt", text);
        assertTrue(read.stream().anyMatch(r -> r.contains("为其代缴全部城乡居民养老保险费")), read.toString());
        assertTrue(read.stream().anyMatch(r -> r.contains("由市财政全额代缴")), read.toString());
        assertTrue(read.stream().noneMatch(r -> r.contains("垫付")), read.toString());
    }

    /**
     * A co-payment ratio (部分负担比率) and the time a procedure may take (审核期, 公示期) are set only by a rule, so their move
     * is a measure without a plan word, with 则/亦 before the old value and Taiwan's 调降 as well; in either script. A count
     * moved is still none.
     */
    @Test
    void aCoPaymentRatioOrAProceduresTimeMovedIsARuleChanged(@TempDir Path tmp) throws Exception {
        List<String> read = reformsIn(tmp, "ratio.txt", "居家照顧的部分負擔比率則由百分之十六調降為百分之十。"
                + "审核期由二十个工作日缩短为十个工作日，公示期亦由七天缩短为五天。参保人数由去年的八十万人提高到九十万人。");
        for (String expected : List.of("部分负担比率", "审核期由二十个工作日缩短为十个工作日", "公示期亦由七天缩短为五天"))
            assertTrue(read.stream().anyMatch(r -> r.contains(expected) || r.contains("部分負擔比率") && expected.equals("部分负担比率")),
                    expected + " in " + read);
        assertTrue(read.stream().noneMatch(r -> r.contains("参保人数")), read.toString());
    }

    /**
     * A co-payment charged as an amount (Taiwan's 部分負擔), and the age or the condition of a claim (年龄条件, 请领条件),
     * moved to a new value (将由…调高为…, 由…降为…) are set only by a rule; in either script. The outpatient co-payment
     * (门诊部分负担, which the segmenter cuts 门诊部/分/负担) names no outpatient department. A count lowered is still none.
     */
    @Test
    void aCoPaymentAmountOrAClaimsConditionLoweredIsARuleChanged(@TempDir Path tmp) throws Exception {
        Document doc = Converters.convert(tmp, "lowered.txt", "門診部分負擔將由新臺幣二百四十元調高為三百元。"
                + "领取遗属津贴的年龄条件由年满五十岁降为年满四十五岁。等候人數由去年的三千人降至二千人。");
        List<String> read = doc.statements().stream().flatMap(s -> s.targets(Role.REFORM).stream()).map(ConceptRef::label).distinct().toList();
        assertTrue(read.stream().anyMatch(r -> r.contains("部分负担将由新台币二百四十元调高为三百元")), read.toString());
        assertTrue(read.stream().anyMatch(r -> r.contains("年龄条件由年满五十岁降为年满四十五岁")), read.toString());
        assertTrue(read.stream().noneMatch(r -> r.contains("人数")), read.toString());
        assertTrue(doc.mentions().stream().noneMatch(m -> m.concept().typeIri().endsWith("#Organization")), doc.mentions().toString());
    }
    /**
     * A benefit's rate moved, with a connective of the clause before 由 (则 "in turn", 并 "and also") and amounts written
     * with digit-grouping commas, as Hong Kong and Taiwan write them; in either script. A figure reported with the same
     * connective is still none.
     */
    @Test
    void aBenefitRateMovedAfterAConnectiveIsARuleChanged(@TempDir Path tmp) throws Exception {
        List<String> read = reformsIn(tmp, "connective.txt", "照顧者津貼亦會調整，每月津貼金額則由2,400元提高至3,000元。"
                + "失能老人每月补贴并由每人每月300元提高至450元。去年人均每月补贴则由200元增至260元。");
        for (String expected : List.of("每月津贴金额则由2,400元提高至3,000元", "补贴并由每人每月300元提高至450元"))
            assertTrue(read.stream().anyMatch(r -> r.contains(expected)), expected + " in " + read);
        assertTrue(read.stream().noneMatch(r -> r.contains("人均")), read.toString());
    }
}
