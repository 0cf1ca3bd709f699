package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.policykg.document.*;
import org.policykg.testing.Cli;
import org.policykg.testing.Project;

/**
 * The standard ways official Chinese states goals and reforms (issue 14, recall), on sentences written for this test
 * in the register of State Council notices, ministry press conferences, Xinhua dispatches and Hong Kong and Taiwan
 * releases, in both scripts. The whole texts they come from, with their gold, are in src/test/resources/zh-genre
 * (`policykg eval --gold src/test/resources/zh-genre`); the Macao release, the provincial plan and the meeting report
 * there were annotated before any rule was tuned on them.
 */
class ChineseGoalReformFormsTest {
    @TempDir Path dir;

    private List<String> targets(String text, Role role) throws Exception {
        Document doc = Converters.convert(dir, "t.txt", text);
        return doc.statements().stream().flatMap(s -> s.targets(role).stream()).map(ConceptRef::label).distinct().toList();
    }

    private static void assertHas(List<String> labels, String expected, String text) {
        assertTrue(labels.contains(expected), "no " + expected + " in " + labels + " for " + text);
    }

    @Test
    void aGoalStatedAsTheTargetAStateToEnsureOrFullCoverageIsAGoalInBothScripts() throws Exception {
        String s = "他表示，目标是实现法定人员社会保险全覆盖，确保参保群众待遇不降低，让广大劳动者更加安心。";
        List<String> goals = targets(s, Role.GOAL);
        assertHas(goals, "法定人员社会保险全覆盖", s);
        assertHas(goals, "参保群众待遇不降低", s);
        assertHas(goals, "广大劳动者更加安心", s);
        String t = "勞動部強調，將確保有需要的長者得到適切照顧，力求在2028年前實現勞工退休保障全面覆蓋，使勞工退休後生活更有保障。";
        List<String> tw = targets(t, Role.GOAL);
        assertHas(tw, "有需要的长者得到适切照顾", t);
        assertHas(tw, "劳工退休保障全面覆盖", t);
        assertHas(tw, "劳工退休后生活更有保障", t);
    }

    @Test
    void eachAimOfANoticesPreambleIsAGoalButNotItsBasisNorTheWorkItRegulates() throws Exception {
        // 为A，B，C，根据…，现就…通知如下: the clauses between 为 and the basis are aims, whatever their verbs, in both scripts
        String s = "为规范困难职工帮扶资金管理，提高资金使用效益，让困难职工及时得到帮助，根据省总工会有关规定，现就有关事项通知如下。";
        List<String> goals = targets(s, Role.GOAL);
        assertHas(goals, "提高资金使用效益", s);
        assertHas(goals, "让困难职工及时得到帮助", s);
        assertTrue(goals.stream().noneMatch(g -> g.contains("根据") || g.contains("有关事项")), s + ": " + goals);
        String t = "為保障照顧者的基本生活，減輕家庭照顧壓力，經市政府同意，現將有關安排通知如下。";
        assertHas(targets(t, Role.GOAL), "减轻家庭照顾压力", t);
        // the work a notice regulates is no aim, nor is a clause after the basis
        String u = "为加强基金监管，进一步做好门诊共济保障工作，结合本市实际，现就有关事项通知如下。";
        assertTrue(targets(u, Role.GOAL).stream().noneMatch(g -> g.endsWith("工作") || g.contains("本市实际")), u + ": " + targets(u, Role.GOAL));
        // no preamble without the clause of its basis or decision: a report's sentence is left to the other rules
        String v = "为此，今年全市新增护理床位1200张，财政投入3000万元。";
        assertTrue(targets(v, Role.GOAL).stream().noneMatch(g -> g.contains("财政投入")), v + ": " + targets(v, Role.GOAL));
    }

    @Test
    void aTargetAnnouncedWithAColonAStateEnsuredAsAPurposeAndABurdenLiftedAreGoals() throws Exception {
        String s = "区民政局局长表示，我们的目标十分明确：不让一户低收入家庭因学返贫。";
        assertHas(targets(s, Role.GOAL), "不让一户低收入家庭因学返贫", s);
        String t = "職工醫保個人帳戶的提取上限將同步下調，以確保統籌基金長期穩健。";
        assertHas(targets(t, Role.GOAL), "统筹基金长期稳健", t);
        String u = "今后异地就医直接结算，让外出务工人员不再垫付医疗费用。";
        assertHas(targets(u, Role.GOAL), "外出务工人员不再垫付医疗费用", u);
        // without the colon the sentence says that the target is clear, and names none
        String v = "改革的目标很明确，关键在于落实。";
        assertEquals(List.of(), targets(v, Role.GOAL), v);
    }

    @Test
    void aPrincipleNamedAsTheDirectionOrPhilosophyPolicyKeepsToIsAPrinciple() throws Exception {
        String s = "市政府将坚持「钱随人走」的政策方向，并秉持“救急难”的理念。";
        List<String> p = targets(s, Role.PRINCIPLE);
        assertHas(p, "钱随人走", s);
        assertHas(p, "救急难", s);
        String t = "工伤保险要坚持预防为主、防治结合的制度方向。";
        assertHas(targets(t, Role.PRINCIPLE), "预防为主、防治结合", t);
    }

    @Test
    void toEnsureTheWorkOrATransitionOrAnAimThatOpensWithAPrepositionOrEndsInAnInstrumentIsNoGoal() throws Exception {
        String s = "各地要确保各项政策平稳落地，确保改革顺利推进，确保群众知晓。";
        assertEquals(List.of(), targets(s, Role.GOAL), s);
        String p = "这次改革的目标是明确的，路径是清晰的。";
        assertEquals(List.of(), targets(p, Role.GOAL), p);
        String y = "改革的主要目标为：到2027年基本建成全国统一的医保信息平台。";
        assertEquals(List.of("全国统一的医保信息平台"), targets(y, Role.GOAL), "the goal without its year: " + y);
        String x = "要确保新老制度平稳过渡。";
        assertEquals(List.of(), targets(x, Role.GOAL), x);
        String i = "改革的目标是建立覆盖全民的长期护理保险制度。";
        assertEquals(List.of(), targets(i, Role.GOAL), "an instrument named as the target is the reform: " + i);
        assertHas(targets(i, Role.REFORM), "覆盖全民的长期护理保险制度", i);
        String t = "该负责人说，这项制度的目的是与基本养老保险相衔接。";
        assertTrue(targets(t, Role.GOAL).stream().noneMatch(g -> g.contains("衔接")), t + ": " + targets(t, Role.GOAL));
    }

    @Test
    void aBottomLineToHoldIsAGoalAndAKnownGoalInsideItStays() throws Exception {
        String s = "各地要坚决守住困难群众基本生活底线，守住基金安全底线。";
        List<String> goals = targets(s, Role.GOAL);
        assertHas(goals, "困难群众基本生活", s);
        assertHas(goals, "基金安全", s); // the goal the scheme knows, not a new 基金安全底线
        assertTrue(goals.stream().noneMatch(g -> g.endsWith("底线")), "the line, not what it guards: " + goals);
    }

    @Test
    void theBasicLivingOfAGroupToSecureIsAGoalInBothScripts() throws Exception {
        String s = "为做好失业保险工作，各地要切实保障失业人员基本生活。";
        assertHas(targets(s, Role.GOAL), "失业人员基本生活", s);
        String t = "失業給付的目的在於保障失業勞工的基本生活，協助其再就業。";
        assertTrue(targets(t, Role.GOAL).stream().anyMatch(g -> g.endsWith("失业劳工的基本生活")), t + ": " + targets(t, Role.GOAL));
    }

    @Test
    void aRateToReachByAYearIsAGoalAndARateOnlyReportedIsNone() throws Exception {
        String s = "力爭到2030年，基本養老保險參保率達到95%。";
        assertHas(targets(s, Role.GOAL), "基本养老保险参保率达到95%", s);
        String f = "据统计，全省基本养老保险参保率达到92%。";
        assertEquals(List.of(), targets(f, Role.GOAL), f);
    }

    @Test
    void aBillNamedWithItsStageOrUnderDeliberationIsAReform() throws Exception {
        String hk = "立法會通過《強制性公積金計劃（修訂）條例草案》。";
        assertHas(targets(hk, Role.REFORM), "强制性公积金计划（修订）条例草案", hk);
        String cn = "全国人大常委会审议《社会救助法（草案）》。";
        assertHas(targets(cn, Role.REFORM), "社会救助法", cn);
    }

    @Test
    void twoSchemesMergedAreOneReformInBothScriptsAndAMergerReportedDoneIsNone() throws Exception {
        String s = "（五）合并生育保险和职工基本医疗保险，统一参保登记。";
        List<String> reforms = targets(s, Role.REFORM);
        assertHas(reforms, "合并生育保险和职工基本医疗保险", s);
        assertFalse(reforms.contains("职工基本医疗保险"), "the merger cut at 和: " + reforms);
        String t = "勞動部並將研議合併勞保與國保年資計算。";
        assertHas(targets(t, Role.REFORM), "合并劳保与国保年资计算", t);
        String work = "要整合各方资源和力量，形成工作合力。";
        assertTrue(targets(work, Role.REFORM).stream().noneMatch(r -> r.startsWith("整合")), work + ": " + targets(work, Role.REFORM));
        String done = "新法整合了过去分散在两部法规与行政命令中的规定，施行以来成效良好。";
        assertTrue(targets(done, Role.REFORM).stream().noneMatch(r -> r.startsWith("整合")), done + ": " + targets(done, Role.REFORM));
    }

    @Test
    void aPilotLaunchedASchemeRolledOutAndAProgrammeCarriedOutAreReforms() throws Exception {
        String s = "同时，人社部将启动企业年金扩面试点，在10个省份先行先试。";
        assertHas(targets(s, Role.REFORM), "企业年金扩面试点", s);
        String r = "我国将全面推开长期护理保险制度。";
        assertTrue(targets(r, Role.REFORM).stream().anyMatch(x -> x.endsWith("推开长期护理保险制度")), r + ": " + targets(r, Role.REFORM));
        String p = "人社部將深入實施職業技能提升行動。";
        assertHas(targets(p, Role.REFORM), "职业技能提升行动", p);
    }

    @Test
    void aParameterChangedAfterTheFutureOfHongKongAPaceAdverbOrAConjunctionIsAReform() throws Exception {
        String hk = "此外，政府會調整長者生活津貼的資產上限，以及放寬綜援計劃下長者的豁免入息計算安排。";
        List<String> reforms = targets(hk, Role.REFORM);
        assertHas(reforms, "调整长者生活津贴的资产上限", hk);
        assertHas(reforms, "放宽综援计划下长者的豁免入息计算安排", hk);
        String s = "下一步，人社部将稳步推进个人养老金制度，有序扩大个人养老金投资产品范围。";
        assertHas(targets(s, Role.REFORM), "扩大个人养老金投资产品范围", s);
        String y = "下一步将调整退休人员基本养老金，总体调整水平为2%。";
        assertHas(targets(y, Role.REFORM), "调整退休人员基本养老金", y);
        String pool = "要巩固提高统筹层次，稳步推进基本医疗保险省级统筹。";
        assertHas(targets(pool, Role.REFORM), "提高统筹层次", pool);
        String ext = "政府亦會逐步擴大計劃範圍至大灣區其他城市。";
        assertHas(targets(ext, Role.REFORM), "扩大计划范围", ext);
    }

    @Test
    void aMechanismNamedWithAKnownPrincipleInsideIsTheMechanism() throws Exception {
        for (String s : List.of("国家医保局有关负责人表示，将建立多元筹资机制。", "國家醫保局有關負責人表示，將建立多元籌資機制。")) {
            List<String> reforms = targets(s, Role.REFORM);
            assertHas(reforms, "多元筹资机制", s);
            assertTrue(targets(s, Role.PRINCIPLE).isEmpty(), "the principle 多元筹资 only qualifies the mechanism: " + targets(s, Role.PRINCIPLE));
        }
    }

    @Test
    void supportGrantedAndAnArrangementPutIntoLawAreReformsAndABareSubsidyIsNone() throws Exception {
        String s = "政府正草擬修法，為中小企業提供稅務優惠，並對靈活就業人員給予社會保險補貼。";
        List<String> reforms = targets(s, Role.REFORM);
        assertHas(reforms, "税务优惠", s);
        assertHas(reforms, "社会保险补贴", s);
        String bare = "鼓励有条件的村集体经济组织对参保人缴费给予补助。";
        assertFalse(targets(bare, Role.REFORM).contains("补助"), bare + ": " + targets(bare, Role.REFORM));
        String law = "工会表示，政府应将拨补法制化。";
        assertHas(targets(law, Role.REFORM), "拨补法制化", law);
    }

    @Test
    void fundingGrantedTowardsContributionsOrTrainingIsAReform() throws Exception {
        // 资助参保 and funding for training: instruments of social assistance in the frame of a subsidy granted, in either script
        String s = "县医保局对城乡特困供养人员给予全额资助，对低收入家庭成员给予定额资助。";
        List<String> reforms = targets(s, Role.REFORM);
        assertHas(reforms, "全额资助", s);
        assertHas(reforms, "定额资助", s);
        String tw = "培訓期間，勞工局向企業發放每名學員每月兩千元的培訓資助。";
        assertTrue(targets(tw, Role.REFORM).stream().anyMatch(r -> r.endsWith("培训资助")), tw + ": " + targets(tw, Role.REFORM));
        // a total paid out is a report, not a measure
        String report = "去年全市累计发放参保资助3.2万人次。";
        assertTrue(targets(report, Role.REFORM).stream().noneMatch(r -> r.contains("资助")), report + ": " + targets(report, Role.REFORM));
    }

    @Test
    void aSystemInTwoTiersIsAGoalAndAMacaoLawNamedWithItsKindAfterTheMarksIsAReform() throws Exception {
        String s = "是次修法旨在完善雙層式社會保障制度，確保居民老有所養。";
        assertHas(targets(s, Role.GOAL), "双层式社会保障制度", s);
        assertFalse(targets(s, Role.REFORM).contains("双层式社会保障制度"), "a system in tiers as a whole is no instrument: " + targets(s, Role.REFORM));
        String law = "社會保障基金今日表示，特區政府將修訂《社會保障制度》法律。";
        assertHas(targets(law, Role.REFORM), "《社会保障制度》法律", law);
    }

    private List<String> reformsOf(String... texts) throws Exception {
        List<String> all = new java.util.ArrayList<>();
        for (String t : texts)
            all.addAll(targets(t, Role.REFORM));
        return all;
    }

    @Test
    void aBenefitsMonthlyOrDailyRateMovedIsAReformInBothScriptsAndAnAverageIsNone() throws Exception {
        String s = "经研究，护理补贴由每人每月300元提高至400元。";
        assertHas(targets(s, Role.REFORM), "护理补贴由每人每月300元提高至400元", s);
        String t = "長者生活津貼亦由每月四千元增至四千二百元。";
        assertHas(targets(t, Role.REFORM), "长者生活津贴亦由每月四千元增至四千二百元", t);
        String when = "殘障津貼將自明年七月起由每月三千元調高至三千五百元。";
        assertHas(targets(when, Role.REFORM), "残障津贴将自明年七月起由每月三千元调高至三千五百元", when);
        String daily = "新規定實施後，工傷津貼日額由每日二百元調升至二百四十元。";
        assertHas(targets(daily, Role.REFORM), "工伤津贴日额由每日二百元调升至二百四十元", daily);
        String named = "新制實施後，符合資格的照顧者每月可領津貼額由三千元增至三千六百元。";
        assertHas(targets(named, Role.REFORM), "符合资格的照顾者每月可领津贴额由三千元增至三千六百元", named);
        // amounts with their digits grouped by a comma, as Taiwan and Hong Kong write them, in either script, in a clause
        // of their own after the thing they are paid as
        String grouped = "自明年1月起，身心障礙者每月領取的生活補助，由新臺幣5,065元調高至5,437元。";
        assertHas(targets(grouped, Role.REFORM), "由新台币5,065元调高至5,437元", grouped);
        String groupedSimplified = "自明年1月起，八十岁以上老人每月领取的高龄津贴，由1,200元提高至1,500元。";
        assertHas(targets(groupedSimplified, Role.REFORM), "由1,200元提高至1,500元", groupedSimplified);
        String average = "去年全省退休人员月人均养老金由每月2800元提高到2950元。";
        assertTrue(targets(average, Role.REFORM).stream().noneMatch(r -> r.contains("2950")), average + ": " + targets(average, Role.REFORM));
        String perHead = "去年全市退休人员每人每月人均养老金由2800元提高到2950元。";
        assertTrue(targets(perHead, Role.REFORM).stream().noneMatch(r -> r.contains("2950")), perHead + ": " + targets(perHead, Role.REFORM));
        // 平均 right before the verb is the adverb of the rule's own move (raised by so much on average): still a reform
        String adverb = "上述人员定期生活补助标准平均提高6%。";
        assertHas(targets(adverb, Role.REFORM), "定期生活补助标准平均提高6", adverb);
        String adverbTraditional = "新標準將把條例下各項補償金額平均上調約百分之九。";
        assertHas(targets(adverbTraditional, Role.REFORM), "条例下各项补偿金额平均上调约百分之九", adverbTraditional);
    }

    @Test
    void inclusionByAPronounASimplifiedProcedureAndDeemedContributionYearsAreReformsInBothScripts() throws Exception {
        for (String[] c : List.of(
                new String[] {"对返乡创业人员，各地要将其纳入创业担保贷款范围。", "纳入创业担保贷款范围"},
                new String[] {"對新就業形態勞動者，政府將把他們納入職業傷害保障範圍。", "纳入职业伤害保障范围"},
                new String[] {"社保经办机构将简化退休审批手续。", "简化退休审批手续"},
                new String[] {"勞保局將精簡請領給付的證明材料。", "精简请领给付的证明材料"},
                new String[] {"知青插队年限视同城镇职工养老保险缴费年限。", "知青插队年限视同城镇职工养老保险缴费年限"},
                new String[] {"知青插隊年限視同城鎮職工養老保險繳費年限。", "知青插队年限视同城镇职工养老保险缴费年限"})) {
            assertHas(targets(c[0], Role.REFORM), c[1], c[0]);
        }
    }

    @Test
    void fundsTransferredAWaitingPeriodWaivedAnIncomeDisregardedAndAChannelOpenedAreReforms() throws Exception {
        for (String[] c : List.of(
                new String[] {"跨省就业的，职业年金个人账户余额全额转移至新单位。", "职业年金个人账户余额全额转移至新单位"},
                new String[] {"醫保個人賬戶資金由原參保地一次性轉入新參保地。", "医保个人账户资金由原参保地一次性转入新参保地"},
                new String[] {"参加生育保险的灵活就业人员，不设待遇等待期。", "不设待遇等待期"},
                new String[] {"政府將取消醫保待遇等待期。", "取消医保待遇等待期"},
                new String[] {"残疾人两项补贴不计入低保家庭收入。", "不计入低保家庭收入"},
                new String[] {"殘疾人兩項補貼不計入低保家庭收入。", "不计入低保家庭收入"},
                new String[] {"经办大厅开设异地就医服务专窗。", "异地就医服务专窗"},
                new String[] {"平台已開通靈活就業人員參保專區。", "灵活就业人员参保专区"})) {
            assertHas(targets(c[0], Role.REFORM), c[1], c[0]);
        }
        String count = "今年累计办理转移接续业务3万件。";
        assertTrue(targets(count, Role.REFORM).isEmpty(), count + ": " + targets(count, Role.REFORM));
    }

    @Test
    void aRequirementRelaxedAnAllowanceAmountRaisedAndALawToAmendAreReformsAndARequirementRaisedIsNone() throws Exception {
        String hk = "政府建議全面提高高齡津貼的津貼額，並放寬申請人的居港要求。";
        List<String> reforms = targets(hk, Role.REFORM);
        assertHas(reforms, "提高高龄津贴的津贴额", hk);
        assertHas(reforms, "放宽申请人的居港要求", hk);
        String tw = "勞動部規劃修正「就業保險法」，放寬部分工時勞工也可提繳。";
        List<String> twReforms = targets(tw, Role.REFORM);
        assertHas(twReforms, "就业保险法", tw);
        assertHas(twReforms, "部分工时劳工也可提缴", tw);
        String raised = "要进一步提高服务质量要求。";
        assertFalse(targets(raised, Role.REFORM).contains("提高服务质量要求"), raised + ": " + targets(raised, Role.REFORM));
    }

    @Test
    void theGenreTextsScoredAgainstTheirGoldFindTheirGoalsAndReforms() throws Exception {
        // the eight texts, three of them (Macao, a provincial plan, a meeting report) annotated before any rule was tuned on them
        Cli r = Cli.run("eval", "--gold", Project.file("src/test/resources/zh-genre").toString(), "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        JsonObject overall = JSON.parse(r.out()).getObj("overall");
        assertEquals(8, overall.getNumber("documents").intValue());
        JsonObject scores = overall.getObj("scores");
        for (String measure : List.of("goal", "reform")) {
            JsonObject m = scores.getObj(measure);
            assertTrue(m.getNumber("recall").doubleValue() >= 0.9, measure + " recall " + m);
            assertTrue(m.getNumber("precision").doubleValue() >= 0.9, measure + " precision " + m);
        }
    }

    @Test
    void securedStatesLivelihoodIdiomsSoundRunningAndPreventedPovertyAreGoalsNotReforms() throws Exception {
        String s = "下一步，县里将做到应助尽助，使农村独居老人基本生活有保障，努力实现幼有所育、住有所居，防止规模性返贫，促进养老服务事业高质量发展。";
        List<String> goals = targets(s, Role.GOAL);
        assertHas(goals, "应助尽助", s);
        assertHas(goals, "农村独居老人基本生活有保障", s);
        assertHas(goals, "幼有所育", s);
        assertHas(goals, "住有所居", s);
        assertTrue(goals.contains("规模性返贫") || goals.contains("脱贫攻坚"), "poverty to prevent (the scheme's concept or the phrase): " + goals);
        assertHas(goals, "养老服务事业高质量发展", s);
        assertTrue(targets(s, Role.REFORM).stream().noneMatch(r -> r.contains("高质量发展")), "a state to reach is no reform: " + targets(s, Role.REFORM));
        String t = "衛福部表示，新制上路後可望提升照顧者的獲得感與安全感，讓失能家庭無後顧之憂，以緩解家庭照顧者的經濟壓力。";
        List<String> tw = targets(t, Role.GOAL);
        assertTrue(tw.stream().anyMatch(g -> g.contains("获得感")), t + ": " + tw);
        assertHas(tw, "失能家庭无后顾之忧", t);
        assertHas(tw, "缓解家庭照顾者的经济压力", t);
        String u = "市民政局表示，将主动排查困难家庭，讓有需要的家庭都能及時獲得救助，使老年人晚年生活有尊严。";
        List<String> dignity = targets(u, Role.GOAL);
        assertHas(dignity, "有需要的家庭都能及时获得救助", u);
        assertHas(dignity, "老年人晚年生活有尊严", u);
    }

    @Test
    void preventingOrMeetingWhatIsNoOutcomeIsNoGoal() throws Exception {
        String s = "经办机构要防止重复参保，满足条件的人员可按月领取补贴。";
        assertEquals(List.of(), targets(s, Role.GOAL), s);
    }

    @Test
    void hongKongVariantCharactersFoldSoTheirOfficesAreNamed() throws Exception {
        String s = "衞生署發言人表示，衞生署將聯同醫務衞生局擴大長者醫療券的使用範圍。";
        Document doc = Converters.convert(dir, "hk.txt", s);
        List<String> actors = doc.mentions().stream().filter(m -> m.concept().iri().contains("/actor/"))
                .map(m -> m.span().of(doc.text())).distinct().toList();
        assertTrue(actors.contains("衞生署") && actors.contains("醫務衞生局"), s + ": " + actors);
    }

    @Test
    void parametersOnlyPolicySetsMovedOnlineProceduresDeferredLeviesAndBillsPassedAreReforms() throws Exception {
        String s = "自明年1月1日起，全县特困人员救助供养基本生活标准提高到每人每月1100元，住院押金上限由3,000元降低为1,000元，"
                + "低保审批时限由20个工作日缩短为10个工作日，门诊共济起付线降低30%。生育津贴申领实现全程网办。受灾企业可申请缓缴职工医疗保险费。";
        List<String> reforms = targets(s, Role.REFORM);
        assertHas(reforms, "全县特困人员救助供养基本生活标准提高到每人每月1100元", s);
        assertHas(reforms, "住院押金上限由3,000元降低为1,000元", s); // the comma grouping digits cuts no clause
        assertHas(reforms, "低保审批时限由20个工作日缩短为10个工作日", s);
        assertHas(reforms, "门诊共济起付线降低30%", s);
        assertHas(reforms, "生育津贴申领实现全程网办", s);
        String ratio = "参保患者在基层医疗机构就诊的，门诊报销比例提高至60%。";
        assertHas(targets(ratio, Role.REFORM), "门诊报销比例提高至60%", ratio);
        assertTrue(reforms.stream().anyMatch(r -> r.startsWith("缓缴")), s + ": " + reforms);
        String t = "國民年金法部分條文修正草案昨日經立法院三讀通過，社會局並將推出新一期「銀髮送餐計劃」。";
        List<String> tw = targets(t, Role.REFORM);
        assertTrue(tw.stream().anyMatch(r -> r.endsWith("修正草案")), t + ": " + tw);
        assertTrue(tw.stream().anyMatch(r -> r.endsWith("银发送餐计划")), t + ": " + tw);
    }

    @Test
    void aFigureReportedRisenOrAPolicyForbiddenIsNoReform() throws Exception {
        String s = "去年全省人均养老金水平提高到每月3200元。各地不得自行制定地方补充养老保险办法。";
        assertEquals(List.of(), targets(s, Role.REFORM), s);
    }

    @Test
    void aCountSetAsATargetIsAGoalAndACountReportedIsNot() throws Exception {
        String s = "明年全市城乡居民医保参保人数确保稳定在300万人以上。";
        assertEquals(List.of("全市城乡居民医保参保人数确保稳定在300万人以上"), targets(s, Role.GOAL), s);
        String r = "截至去年底，全市城乡居民医保参保人数达到298万人。";
        assertEquals(List.of(), targets(r, Role.GOAL), r);
    }

    @Test
    void theRunInHeadingOfANumberedTaskSetsNoGoal() throws Exception {
        String text = "各市人力资源社会保障局：\n\n"
                + "一、提高救助水平。各地要在2027年底前将临时救助标准提高到当地月最低生活保障标准的4倍。\n"
                + "（二）落实资金保障。县级财政要将护理补贴资金足额列入年度预算。\n"
                + "三、下调起付标准。居家护理的年度起付标准降低至300元。\n"
                + "四、到2028年基本实现农村养老服务全覆盖，确保老年人生活更有保障。\n";
        Document doc = Converters.convert(dir, "tasks.txt", text);
        // the headings of tasks one and two name the area of the task: no goal of their own
        List<String> item1 = Converters.rolesIn(doc, "一、");
        assertTrue(item1.stream().noneMatch(r -> r.startsWith("GOAL")), item1.toString());
        List<String> item2 = Converters.rolesIn(doc, "（二）");
        assertTrue(item2.stream().noneMatch(r -> r.startsWith("GOAL")), item2.toString());
        // a heading that names a measure still names it, and an item that is a sentence of its own keeps its goals
        List<String> item3 = Converters.rolesIn(doc, "三、");
        assertTrue(item3.stream().anyMatch(r -> r.startsWith("REFORM")), item3.toString());
        List<String> item4 = Converters.rolesIn(doc, "四、");
        assertTrue(item4.stream().anyMatch(r -> r.startsWith("GOAL")), item4.toString());
    }

    @Test
    void theFurtherAimsAfterWhatTheTargetIsAreGoalsAClauseThatContinuesThePredicateIsNot() throws Exception {
        String s = "区民政局表示，提高高龄津贴的目的是改善高龄老人生活质量，减轻子女赡养压力，促进家庭和睦。";
        List<String> goals = targets(s, Role.GOAL);
        assertHas(goals, "改善高龄老人生活质量", s);
        assertHas(goals, "减轻子女赡养压力", s);
        assertHas(goals, "促进家庭和睦", s);
        String t = "政府表示，新安排的目標是讓每名合資格長者在退休後，都能領取一筆穩定的護理津貼。";
        assertTrue(targets(t, Role.GOAL).stream().noneMatch(g -> g.startsWith("都")), t + ": " + targets(t, Role.GOAL));
    }

    /**
     * What a scheme should let people afford or reach, as two or more verb-得-result phrases (看得起病、看得好病), is one goal,
     * the whole list, in either script; verbs whose 得 is part of the word (取得, 获得) state none.
     */
    @Test
    void aBenefitWithinReachStatedAsPotentialComplementsIsOneGoal() throws Exception {
        String s = "市医保局将完善大病保险，让困难群众看得起病、看得好病。新制度的目標是讓長者「住得起、住得安心」。"
                + "今年全市取得了显著成效、获得了群众好评。";
        List<String> goals = targets(s, Role.GOAL);
        assertHas(goals, "看得起病、看得好病", s);
        assertHas(goals, "住得起、住得安心", s);
        assertTrue(goals.stream().noneMatch(g -> g.contains("取得") || g.contains("获得")), goals.toString());
    }

    /**
     * 强化, 改善 and 巩固 (the Chinese of "strengthen", "improve", "consolidate") set a goal as the English verbs do; 维持,
     * which as often keeps a rule as it is, does not; in both scripts.
     */
    @Test
    void strengthenImproveAndConsolidateSetGoalsInBothScripts() throws Exception {
        String s = "省政府表示，将强化灵活就业人员的工伤保障。";
        assertHas(targets(s, Role.GOAL), "灵活就业人员的工伤保障", s);
        String t = "勞動部表示，本次修法將強化自營作業者的職業災害保障。";
        assertHas(targets(t, Role.GOAL), "自营作业者的职业灾害保障", t);
        String u = "勞工局將在三年內改善殘疾僱員的職業保障。";
        assertHas(targets(u, Role.GOAL), "残疾雇员的职业保障", u);
        String v = "今年的补贴标准维持不变。";
        assertEquals(List.of(), targets(v, Role.GOAL), v);
    }

    /**
     * Income security in old age (Taiwan's 老年經濟安全) and ageing in place (Hong Kong's 原居安老, Taiwan's 在地老化) are
     * aims of pension and care policy: goals where a text names them, one concept whatever the wording, not a measure.
     */
    @Test
    void incomeSecurityInOldAgeAndAgeingInPlaceAreGoals() throws Exception {
        String s = "內政部表示，修法是為了強化原住民族長者的老年經濟安全。";
        assertHas(targets(s, Role.GOAL), "老年经济安全", s);
        String t = "社会福利署表示，政府会继续推动原居安老，让长者留在熟悉的社区生活。";
        List<String> goals = targets(t, Role.GOAL);
        assertTrue(goals.contains("在地老化"), "no ageing in place in " + goals + " for " + t);
        assertEquals(List.of(), targets(t, Role.REFORM), t);
    }
}
