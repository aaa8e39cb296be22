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
}
