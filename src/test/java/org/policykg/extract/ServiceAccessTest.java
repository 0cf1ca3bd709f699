package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policykg.document.*;

/**
 * A step of administration made possible online, across provinces, on an app, at the place of residence or without applying, stated with a modal or
 * an infinitive before it, is a reform (lex:reform-service-access-en, read by the English phrase reader): "can now renew
 * their residence certificate online", "claims shall be handled across provinces" (the passive named from its verb).
 * The same step stated as how things are done, or as what people did, decides nothing. Lower case changes nothing. In
 * Chinese (lex:reform-service-access-zh) the step is stated as the channel it goes through (通过…手机程序办理…, in either
 * script), and not where people cannot use it (无法网上办理); or as the channel an adverbial before the step (全程网上办理,
 * 在网上一次过递交, 线上提出申请), but not a rate of steps done online (网上办理率) nor a step a verb of knowing names
 * (不熟悉网上申报) (lex:reform-service-online-zh). The texts (src/test/resources/en-service-access) were
 * written for this test.
 */
class ServiceAccessTest {
    private static Document doc;
    private static Document zh;

    @BeforeAll
    static void convert() {
        doc = Converters.convertResource("en-service-access/access.txt");
        zh = Converters.convertResource("en-service-access/access-zh.txt");
    }

    @Test
    void aStepMadePossibleAtThePlaceOfResidenceIsAReform(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        // 居住地申请: wherever the household is registered, on sentences written here, in both letter cases
        String text = "Migrant workers who lose their jobs can now claim benefits at their place of residence. "
                + "Families in hardship will be able to apply where they actually live, the bureau said. "
                + "Most claimants applied at their place of residence last year.";
        for (var converted : Converters.convertInBothCases(dir, "residence.txt", text)) {
            Set<String> reforms = Converters.targets(converted, Role.REFORM);
            assertTrue(reforms.stream().anyMatch(r -> r.equalsIgnoreCase("claim benefits at their place of residence")), reforms.toString());
            assertTrue(reforms.stream().anyMatch(r -> r.toLowerCase(java.util.Locale.ROOT).startsWith("apply where they actually live")), reforms.toString());
            // what people did is no step decided
            assertTrue(reforms.stream().noneMatch(r -> r.toLowerCase(java.util.Locale.ROOT).startsWith("applied")), reforms.toString());
        }
    }

    @Test
    void aStepMadePossibleOnlineOrAcrossProvincesIsAReform() {
        Set<String> reforms = Converters.targets(doc, Role.REFORM);
        assertTrue(reforms.contains("renew their residence certificate online"), reforms.toString());
        assertTrue(reforms.contains("handled across provinces"), reforms.toString());
        // the step, named to the province or (lex:reform-payment-arrangement-en, the longer phrase) to "directly"
        assertTrue(reforms.stream().anyMatch(r -> r.startsWith("settle hospital bills in another province")), reforms.toString());
    }

    @Test
    void aProcedureMovedOnlineOrOntoAnAppIsAReformButNotAMoveOfPeople(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        // lex:reform-moved-online-en: whoever the subject, the procedure goes onto a channel; people moving, or a country
        // "moving to" act, are no such step
        Document moved = Converters.convert(dir, "moved.txt",
                "From March, applications for the heating allowance will move onto the city's Smart Services app. "
                + "Benefit renewals are being shifted to online handling. "
                + "Many of the workers moved to the coastal cities in the 1990s. "
                + "The province moves to raise the childcare subsidy.");
        Set<String> reforms = Converters.targets(moved, Role.REFORM);
        assertTrue(reforms.stream().anyMatch(r -> r.contains("move onto the city's Smart Services app")), reforms.toString());
        assertTrue(reforms.stream().anyMatch(r -> r.contains("shifted to online")), reforms.toString());
        assertTrue(reforms.stream().noneMatch(r -> r.contains("coastal cities") || r.contains("moves to raise")), reforms.toString());
    }

    @Test
    void aStepStatedAsHowThingsAreOrWhatPeopleDidIsNone() {
        Set<String> reforms = Converters.targets(doc, Role.REFORM);
        assertTrue(reforms.stream().noneMatch(r -> r.contains("regional platform") || r.contains("processed")), reforms.toString());
        assertTrue(reforms.stream().noneMatch(r -> r.contains("registered") || r.contains("interest")), reforms.toString());
    }

    @Test
    void aChineseStepTakenThroughAnOnlineChannelIsAReformButNotWherePeopleCannotUseIt() {
        Set<String> reforms = Converters.targets(zh, Role.REFORM);
        assertTrue(reforms.stream().anyMatch(r -> r.contains("手机程序办理异地就医备案")), reforms.toString());
        assertTrue(reforms.stream().anyMatch(r -> r.contains("递交续期申请") || r.contains("遞交續期申請")), reforms.toString());
        assertTrue(reforms.stream().noneMatch(r -> r.contains("无法")), reforms.toString());
    }

    @Test
    void aChineseStepDoneOnlineWithoutAPrepositionIsAReformButNotARateNorAStepSomeoneKnows() {
        Set<String> reforms = Converters.targets(zh, Role.REFORM);
        assertTrue(reforms.stream().anyMatch(r -> r.contains("全程网上办理")), reforms.toString());
        assertTrue(reforms.stream().anyMatch(r -> r.startsWith("线上提出申请")), reforms.toString());
        assertTrue(reforms.stream().anyMatch(r -> r.contains("一次过递交供款资料") || r.contains("一次過遞交供款資料")), reforms.toString());
        assertTrue(reforms.stream().noneMatch(r -> r.contains("办理率") || r.contains("申报") || r.contains("不能")), reforms.toString());
    }

    @Test
    void aDutyToApplyLiftedIsAReformNamedFromItsNegation(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        // lex:rights-granted, its forms of a duty never set (免申即享): the relief, from the negation, even where one word
        // follows the frame; a duty that stays ("must apply") is no relief
        String text = "From January the heating allowance will be paid with the pension in the same month. "
                + "Pensioners will not need to apply. Carers do not need to reapply, the ministry said. "
                + "Employers will not be required to submit paper payslips to the fund.";
        for (var converted : Converters.convertInBothCases(dir, "relief.txt", text)) {
            Set<String> reforms = Converters.targets(converted, Role.REFORM);
            assertTrue(reforms.stream().anyMatch(r -> r.equalsIgnoreCase("not need to apply")), reforms.toString());
            assertTrue(reforms.stream().anyMatch(r -> r.equalsIgnoreCase("not need to reapply")), reforms.toString());
            assertTrue(reforms.stream().anyMatch(r -> r.toLowerCase(java.util.Locale.ROOT).startsWith("not be required to submit paper payslips")), reforms.toString());
            assertTrue(reforms.stream().noneMatch(r -> r.toLowerCase(java.util.Locale.ROOT).startsWith("need to") || r.equalsIgnoreCase("apply")), reforms.toString());
        }
    }
}
