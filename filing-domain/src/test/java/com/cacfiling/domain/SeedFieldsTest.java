package com.cacfiling.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import com.cacfiling.domain.algorithm.AlgorithmProfile;
import com.cacfiling.domain.company.EntityProfile;
import com.cacfiling.domain.company.PolicyKind;
import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.domain.filing.ProductsAndFunctions;
import com.cacfiling.domain.filing.SupportPlan;
import com.cacfiling.domain.sample.SampleDossiers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every field of the seed's tables (seed 000: basic and detailed information) and of the reference's Step 1 and
 * Step 3 is reachable in a complete filing built from the domain API.
 */
class SeedFieldsTest {

    private static final Map<String, Function<Dossier, Object>> FIELDS = new LinkedHashMap<>();

    private static void field(String label, Function<Dossier, Object> accessor) {
        FIELDS.put(label, accessor);
    }

    private static AlgorithmProfile a(Dossier d) {
        return d.filing().algorithm().profile();
    }

    private static EntityProfile e(Dossier d) {
        return d.entity();
    }

    static {
        // Seed 000, basic information required for the algorithm
        field("Algorithm Type", d -> a(d).basics().algorithmType());
        field("Algorithm Name", d -> a(d).basics().name());
        field("Launch Time", d -> a(d).basics().launchDate());
        field("Application Area", d -> a(d).basics().applicationAreas());
        field("Self-assessment Report of Algorithm Security", d -> a(d).assessment().conclusion());
        field("Text to Be Publicized", d -> a(d).disclosure().basicPrinciple());
        // Seed 000, detailed information required for the algorithm
        field("Algorithm Introduction", d -> a(d).details().introduction());
        field("Usage Scenario", d -> a(d).details().usageScenario());
        field("Input Data Modality", d -> a(d).details().data().inputModalities());
        field("Does the input character feature include biometric features?", d -> a(d).details().data().inputBiometric());
        field("Does the input character feature contain identity information?", d -> a(d).details().data().inputIdentity());
        field("Output Data Modality", d -> a(d).details().data().outputModalities());
        field("Output File Format", d -> a(d).details().data().outputFormats());
        field("Output File Size", d -> a(d).details().data().outputFileSize());
        field("Does the algorithm support batch output?", d -> a(d).details().data().batchOutput());
        field("Does the training data include overseas data?", d -> a(d).details().model().trainingOverseasData());
        field("How to generate training data?", d -> a(d).details().model().trainingDataGeneration());
        field("Does the training data involve personal information?", d -> a(d).details().model().trainingPersonalInformation());
        field("Generative Synthesis Algorithm Type", d -> a(d).details().model().generativeAlgorithmType());
        field("Algorithm Hardware Requirements", d -> a(d).details().model().hardwareRequirements());
        field("Algorithm Performance", d -> a(d).details().model().performance());
        field("Algorithm Calculation Method", d -> a(d).details().model().calculationMethod());
        field("Do you preprocess the training data? (model strategy)", d -> a(d).details().strategy().preprocessTrainingData());
        field("Do you preprocess user input data? (input strategy)", d -> a(d).details().strategy().preprocessInput());
        field("Do you post-process the output results?", d -> a(d).details().strategy().postprocessOutput());
        field("Do you attach implicit identification to the generated synthesized content?", d -> a(d).details().riskPrevention().implicitLabel());
        field("Do you attach significant identification to the generated synthesized content?", d -> a(d).details().riskPrevention().explicitLabel());
        field("Do you have the capacity to remind users to prominently identify the generated synthesized content?", d -> a(d).details().riskPrevention().remindUsersToLabel());
        field("Security Guarantee Mechanism for User Data", d -> a(d).details().riskPrevention().userDataSecurity());
        field("Refutation Mechanism for Generative Synthesized Fake Information", d -> a(d).details().riskPrevention().refutationMechanism());
        field("Discovery and Disposal Mechanism for Generative Synthesized Harmful Content", d -> a(d).details().riskPrevention().harmfulContentMechanism());
        field("Explanation of Risk Prevention Mechanism", d -> a(d).details().riskPrevention().explanation());
        // Reference, Step 1
        field("Entity name", d -> e(d).name());
        field("Unified social credit code", d -> e(d).creditCode());
        field("Entity address", d -> e(d).registeredAddress());
        field("Entity type", d -> e(d).entityType());
        field("Registered capital", d -> e(d).registeredCapitalWanYuan());
        field("Date of establishment", d -> e(d).establishedOn());
        field("Term of operation", d -> e(d).operatingTermUnlimited());
        field("Certificate information", d -> e(d).certificateType());
        field("Legal representative", d -> e(d).legalRepresentative().idNumber());
        field("Algorithm security officer name", d -> e(d).securityOfficer().name());
        field("Algorithm security officer title", d -> e(d).securityOfficer().title());
        field("Algorithm security officer ID number", d -> e(d).securityOfficer().idNumber());
        field("Algorithm security officer phone", d -> e(d).securityOfficer().phone());
        field("Algorithm security officer email", d -> e(d).securityOfficer().email());
        field("Contact person", d -> e(d).contact().mobile());
        field("Contact postal code", d -> e(d).contact().postalCode());
        field("ICP filing number", d -> e(d).icp().number());
        field("ICP filing entity", d -> e(d).icp().entityName());
        field("Responsibility table: body set-up", d -> e(d).responsibilityTable().body().setUp());
        field("Responsibility table: head", d -> e(d).responsibilityTable().body().head().name());
        field("Responsibility table: staff requirements", d -> e(d).responsibilityTable().body().staffRequirements());
        field("Responsibility table: staffing size", d -> e(d).responsibilityTable().body().staffingSize());
        field("Responsibility table: technical safeguards", d -> e(d).responsibilityTable().body().technicalSafeguards());
        for (PolicyKind kind : PolicyKind.values()) {
            if (kind.isRequired()) {
                field("Responsibility table: policy " + kind, d -> e(d).responsibilityTable().policy(kind).orElse(null));
            }
        }
        // Self-assessment content beyond the form
        field("Algorithm flow", d -> a(d).assessment().flow());
        field("Deployment location", d -> a(d).assessment().deploymentLocation());
        field("User numbers", d -> a(d).assessment().userCount());
        field("Social impact", d -> a(d).assessment().socialImpact());
        field("Risks and measures", d -> a(d).assessment().risks());
        field("Evidence items", d -> a(d).assessment().evidence());
        // Proposed public disclosure
        field("Disclosure: operating mechanism", d -> a(d).disclosure().operatingMechanism());
        field("Disclosure: application scenarios", d -> a(d).disclosure().applicationScenarios());
        field("Disclosure: purpose", d -> a(d).disclosure().purpose());
        // Provider Step 3
        field("Product name", d -> ((ProductsAndFunctions) d.filing().step3()).products().get(0).name());
        field("Product form", d -> ((ProductsAndFunctions) d.filing().step3()).products().get(0).form());
        field("Access address or path", d -> ((ProductsAndFunctions) d.filing().step3()).products().get(0).accessAddress());
        field("Functions using the algorithm", d -> ((ProductsAndFunctions) d.filing().step3()).products().get(0).functions());
        field("User scale", d -> ((ProductsAndFunctions) d.filing().step3()).products().get(0).userScale());
        field("Product launch date", d -> ((ProductsAndFunctions) d.filing().step3()).products().get(0).launchDate());
    }

    @Test
    void everySeedFieldIsFilledInTheCompleteProviderFiling() {
        Dossier provider = SampleDossiers.completeProvider();
        assertThat(FIELDS).hasSizeGreaterThan(60);
        FIELDS.forEach((label, accessor) -> {
            Object value = accessor.apply(provider);
            assertThat(value).as(label).isNotNull();
            if (value instanceof Collection<?> collection) {
                assertThat(collection).as(label).isNotEmpty();
            }
        });
    }

    @Test
    void theTechnicalSupporterStep3IsComplete() {
        SupportPlan plan = (SupportPlan) SampleDossiers.completeSupporter().filing().step3();
        assertThat(plan.deliveryModes()).containsExactly("API", "PRIVATE_DEPLOYMENT");
        assertThat(plan.customerTypes()).isNotEmpty();
        assertThat(plan.accessControl()).isNotBlank();
        assertThat(plan.customerFilingGuidance()).isNotBlank();
    }
}
