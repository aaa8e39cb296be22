package com.cacfiling.domain.form;

import com.cacfiling.domain.dossier.DossierJson;
import com.cacfiling.domain.sample.SampleDossiers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataTest {

    @Test
    void theCatalogueNamesEveryResidentIdField() {
        assertThat(PersonalData.residentIdPaths()).containsExactlyInAnyOrder("entity.legalRepresentative.idNumber",
                "entity.securityOfficer.idNumber", "entity.responsibilityTable.body.head.idNumber");
    }

    @Test
    void theMaskedDossierCarriesNoFullNumberAndReadsBackWithTheStoredOnes() {
        var dossier = SampleDossiers.completeProvider();
        String full = DossierJson.write(dossier);
        assertThat(full).contains("110105198503120020");
        String masked = PersonalData.maskedDossierJson(dossier);
        assertThat(masked).doesNotContain("110105198503120020").doesNotContain("330106199007081511")
                .contains("110105********0020").contains("330106********1511");
        // Everything else stays as written.
        assertThat(masked.replace("110105********0020", "110105198503120020")
                .replace("330106********1511", "330106199007081511")).isEqualTo(full);

        String back = PersonalData.unmaskDossierJson(masked, full);
        assertThat(DossierJson.write(DossierJson.read(back))).isEqualTo(full);
    }

    /**
     * Found in a review: a number written into a text (the rules warn at the field) left the company in full through
     * the API and the dossier JSON. It leaves masked; sent back as given out, the stored text stays.
     */
    @Test
    void numbersWrittenIntoTextsLeaveMaskedAndComeBackAsStored() {
        String plain = DossierJson.write(SampleDossiers.completeProvider());
        assertThat(plain).contains("面向个人用户的智能助手应用。");
        String full = plain.replace("面向个人用户的智能助手应用。", "面向个人用户的智能助手应用。联系人身份证110105198503120020。");
        var dossier = DossierJson.read(full);
        for (String out : java.util.List.of(PersonalData.maskDossierJson(full), PersonalData.maskedDossierJson(dossier))) {
            assertThat(out).doesNotContain("110105198503120020").contains("联系人身份证110105********0020。");
            assertThat(DossierJson.write(DossierJson.read(PersonalData.unmaskDossierJson(out, full)))).isEqualTo(full);
        }
        // A text changed besides is taken as sent, its number as the sender wrote it.
        String edited = PersonalData.maskDossierJson(full).replace("智能助手应用。联系人", "智能助手应用（新版）。联系人");
        assertThat(PersonalData.unmaskDossierJson(edited, full)).contains("（新版）。联系人身份证110105********0020。");
        // Without such a number the masked dossier is written once, as before.
        assertThat(PersonalData.maskedDossierJson(SampleDossiers.completeProvider())).doesNotContain("110105198503120020");
    }

    @Test
    void aMaskThatMasksNothingStoredStaysOrIsDropped() {
        String full = DossierJson.write(SampleDossiers.completeProvider());
        String other = PersonalData.maskDossierJson(full).replace("110105********0020", "110105********9999");
        assertThat(PersonalData.unmaskDossierJson(other, full)).contains("110105********9999");
        String dropped = PersonalData.unmaskDossierJson(other, null, true);
        assertThat(dropped).doesNotContain("********");
        assertThat(DossierJson.read(dropped).entity().legalRepresentative().idNumber()).isNull();
    }

    @Test
    void masksOnlyValidNumbers() {
        assertThat(PersonalData.mask("11010519850312002X")).isEqualTo("11010519850312002X"); // wrong check digit
        assertThat(PersonalData.mask("110105198503120020")).isEqualTo("110105********0020");
        assertThat(PersonalData.isMasked("110105********0020")).isTrue();
        assertThat(PersonalData.isMasked("110105198503120020")).isFalse();
    }

    /**
     * Found in a walk: a consultant added a sentence to a text showing a masked ID number, and the officer's number
     * was stored masked for good. A masked number still in the edited text stands for the stored one; a text sent
     * back as shown keeps the stored one; a new text without the number is taken as sent.
     */
    @Test
    void aTextEditedAroundAMaskedNumberKeepsTheNumber() {
        String stored = "刘测试 11010519491231002X（不含安全策略）";
        String shown = com.cacfiling.domain.identifiers.ResidentIdNumber.maskedIn(stored);
        assertThat(shown).isEqualTo("刘测试 110105********002X（不含安全策略）");
        DossierTree tree = DossierTree.of(DossierJson.tree(SampleDossiers.completeProvider()).deepCopy()
                .put("note", stored), FormFields.current());
        java.util.function.Function<String, String> saved = sent -> PersonalData.postedTextsAsStored(
                java.util.Map.of("note", new String[] {sent}), tree).get("note")[0];
        assertThat(saved.apply(shown)).isEqualTo(stored);
        assertThat(saved.apply(shown + "另有测试账号 lingxi-test-2。")).isEqualTo(stored + "另有测试账号 lingxi-test-2。");
        assertThat(saved.apply("测试账号已停用。")).isEqualTo("测试账号已停用。");
        // Two stored numbers with one mask: which one a mask stands for is unknown, so it stays as sent.
        assertThat(PersonalData.numbersRestored("甲 110105********002X 乙",
                "11010519491231002X 与 11010519500118002X")).contains("110105********002X");
    }
}
