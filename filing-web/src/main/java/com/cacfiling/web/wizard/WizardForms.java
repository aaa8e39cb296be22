package com.cacfiling.web.wizard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import com.cacfiling.domain.algorithm.AlgorithmBasics;
import com.cacfiling.domain.algorithm.AlgorithmData;
import com.cacfiling.domain.algorithm.AlgorithmDetails;
import com.cacfiling.domain.algorithm.AlgorithmModel;
import com.cacfiling.domain.algorithm.AlgorithmProfile;
import com.cacfiling.domain.algorithm.AlgorithmStrategy;
import com.cacfiling.domain.algorithm.FlowStep;
import com.cacfiling.domain.algorithm.PublicDisclosure;
import com.cacfiling.domain.algorithm.RiskAssessment;
import com.cacfiling.domain.algorithm.RiskMeasure;
import com.cacfiling.domain.algorithm.RiskPrevention;
import com.cacfiling.domain.algorithm.SelfAssessment;
import com.cacfiling.domain.company.ContactPerson;
import com.cacfiling.domain.company.EntityProfile;
import com.cacfiling.domain.company.IcpFiling;
import com.cacfiling.domain.company.Person;
import com.cacfiling.domain.company.Policy;
import com.cacfiling.domain.company.PolicyKind;
import com.cacfiling.domain.company.ResponsibilityTable;
import com.cacfiling.domain.company.SecurityBody;
import com.cacfiling.domain.filing.FilingRole;
import com.cacfiling.domain.filing.Product;
import com.cacfiling.domain.filing.ProductsAndFunctions;
import com.cacfiling.domain.filing.Step3;
import com.cacfiling.domain.filing.SupportPlan;
import com.cacfiling.domain.identifiers.EmailAddress;
import com.cacfiling.domain.identifiers.IcpNumber;
import com.cacfiling.domain.identifiers.InvalidValueException;
import com.cacfiling.domain.identifiers.PhoneNumber;
import com.cacfiling.domain.identifiers.ResidentIdNumber;
import com.cacfiling.domain.identifiers.UnifiedSocialCreditCode;
import com.cacfiling.domain.identifiers.ZiLimitedText;
import com.cacfiling.web.wizard.form.AssessmentForm;
import com.cacfiling.web.wizard.form.BasicForm;
import com.cacfiling.web.wizard.form.BodyForm;
import com.cacfiling.web.wizard.form.ContactForm;
import com.cacfiling.web.wizard.form.DataForm;
import com.cacfiling.web.wizard.form.DetailedForm;
import com.cacfiling.web.wizard.form.DisclosureForm;
import com.cacfiling.web.wizard.form.EntityForm;
import com.cacfiling.web.wizard.form.FlowStepForm;
import com.cacfiling.web.wizard.form.IcpForm;
import com.cacfiling.web.wizard.form.MeasureForm;
import com.cacfiling.web.wizard.form.ModelForm;
import com.cacfiling.web.wizard.form.PersonForm;
import com.cacfiling.web.wizard.form.PolicyForm;
import com.cacfiling.web.wizard.form.ProductForm;
import com.cacfiling.web.wizard.form.ResponsibilityTableForm;
import com.cacfiling.web.wizard.form.RiskForm;
import com.cacfiling.web.wizard.form.RiskPreventionForm;
import com.cacfiling.web.wizard.form.SelfAssessmentForm;
import com.cacfiling.web.wizard.form.Step3Form;
import com.cacfiling.web.wizard.form.StrategyForm;
import org.springframework.validation.Errors;

/**
 * Between the wizard's form data (text as typed) and the domain (typed values). Going to the domain, a value
 * that is not what its type says becomes a field error with the value object's message key, and the saved value
 * stays as it was: a draft is always saved, and nothing already saved is lost.
 */
final class WizardForms {

    private WizardForms() {
    }

    // --- Step 1 ----------------------------------------------------------------------------------------------

    static EntityForm entityForm(EntityProfile e, long version) {
        EntityForm form = new EntityForm();
        form.setName(e.name());
        form.setCreditCode(text(e.creditCode()));
        form.setEntityType(e.entityType());
        form.setRegisteredAddress(e.registeredAddress());
        form.setRegisteredCapitalWanYuan(e.registeredCapitalWanYuan());
        form.setEstablishedOn(e.establishedOn());
        form.setOperatingTermEnd(e.operatingTermEnd());
        form.setOperatingTermUnlimited(e.operatingTermUnlimited());
        form.setCertificateType(e.certificateType());
        form.setCertificateNumber(e.certificateNumber());
        form.setLegalRepresentative(personForm(e.legalRepresentative()));
        form.setSecurityOfficer(personForm(e.securityOfficer()));
        ContactForm contact = new ContactForm();
        contact.setName(e.contact().name());
        contact.setTitle(e.contact().title());
        contact.setMobile(text(e.contact().mobile()));
        contact.setEmail(text(e.contact().email()));
        contact.setOfficeAddress(e.contact().officeAddress());
        contact.setPostalCode(e.contact().postalCode());
        form.setContact(contact);
        IcpForm icp = new IcpForm();
        icp.setNumber(text(e.icp().number()));
        icp.setEntityName(e.icp().entityName());
        icp.setEntityCreditCode(text(e.icp().entityCreditCode()));
        icp.setRelationExplanation(e.icp().relationExplanation());
        form.setIcp(icp);
        ResponsibilityTableForm table = new ResponsibilityTableForm();
        SecurityBody body = e.responsibilityTable().body();
        BodyForm bodyForm = new BodyForm();
        bodyForm.setName(body.name());
        bodyForm.setEstablishedOn(body.establishedOn());
        bodyForm.setSetUp(body.setUp());
        bodyForm.setHead(personForm(body.head()));
        bodyForm.setHeadExperience(body.headExperience());
        bodyForm.setStaffRequirements(body.staffRequirements());
        bodyForm.setStaffingSize(body.staffingSize());
        bodyForm.setTechnicalSafeguards(body.technicalSafeguards());
        table.setBody(bodyForm);
        for (PolicyKind kind : PolicyKind.values()) {
            PolicyForm policy = new PolicyForm();
            policy.setKind(kind);
            e.responsibilityTable().policy(kind).ifPresent(p -> {
                policy.setTitle(p.title());
                policy.setContent(p.content());
            });
            table.getPolicies().add(policy);
        }
        table.setAttachments(String.join("\n", e.responsibilityTable().attachments()));
        form.setResponsibilityTable(table);
        form.setVersion(version);
        return form;
    }

    static EntityProfile toEntity(EntityForm f, EntityProfile previous, Errors errors) {
        List<Policy> policies = new ArrayList<>();
        for (PolicyForm policy : f.getResponsibilityTable().getPolicies()) {
            if (policy.getKind() != null && (notBlank(policy.getTitle()) || notBlank(policy.getContent()))) {
                policies.add(new Policy(policy.getKind(), policy.getTitle(), policy.getContent()));
            }
        }
        BodyForm body = f.getResponsibilityTable().getBody();
        SecurityBody previousBody = previous.responsibilityTable().body();
        SecurityBody securityBody = new SecurityBody(body.getName(), body.getEstablishedOn(), body.getSetUp(),
                person(body.getHead(), previousBody.head(), "responsibilityTable.body.head", errors),
                body.getHeadExperience(), body.getStaffRequirements(), body.getStaffingSize(),
                body.getTechnicalSafeguards());
        List<String> attachments = f.getResponsibilityTable().getAttachments() == null ? List.of()
                : Arrays.stream(f.getResponsibilityTable().getAttachments().split("\\R")).map(String::strip)
                        .filter(line -> !line.isEmpty()).toList();
        ContactForm c = f.getContact();
        ContactPerson contact = new ContactPerson(c.getName(), c.getTitle(),
                parse(errors, "contact.mobile", c.getMobile(), PhoneNumber::new, previous.contact().mobile()),
                parse(errors, "contact.email", c.getEmail(), EmailAddress::new, previous.contact().email()),
                c.getOfficeAddress(), c.getPostalCode());
        IcpForm i = f.getIcp();
        IcpFiling icp = new IcpFiling(parse(errors, "icp.number", i.getNumber(), IcpNumber::new, previous.icp().number()),
                i.getEntityName(), parse(errors, "icp.entityCreditCode", i.getEntityCreditCode(),
                        UnifiedSocialCreditCode::new, previous.icp().entityCreditCode()),
                i.getRelationExplanation());
        return new EntityProfile(f.getName(),
                parse(errors, "creditCode", f.getCreditCode(), UnifiedSocialCreditCode::new, previous.creditCode()),
                f.getEntityType(), f.getRegisteredAddress(), f.getRegisteredCapitalWanYuan(), f.getEstablishedOn(),
                f.getOperatingTermEnd(), f.getOperatingTermUnlimited(), f.getCertificateType(), f.getCertificateNumber(),
                person(f.getLegalRepresentative(), previous.legalRepresentative(), "legalRepresentative", errors),
                person(f.getSecurityOfficer(), previous.securityOfficer(), "securityOfficer", errors),
                contact, icp, new ResponsibilityTable(securityBody, policies, attachments));
    }

    private static PersonForm personForm(Person person) {
        PersonForm form = new PersonForm();
        form.setName(person.name());
        form.setTitle(person.title());
        form.setIdNumber(person.idNumber() == null ? null : person.idNumber().value());
        form.setPhone(text(person.phone()));
        form.setEmail(text(person.email()));
        return form;
    }

    private static Person person(PersonForm form, Person previous, String path, Errors errors) {
        return new Person(form.getName(), form.getTitle(),
                parse(errors, path + ".idNumber", form.getIdNumber(), ResidentIdNumber::new, previous.idNumber()),
                parse(errors, path + ".phone", form.getPhone(), PhoneNumber::new, previous.phone()),
                parse(errors, path + ".email", form.getEmail(), EmailAddress::new, previous.email()));
    }

    // --- Step 2 ----------------------------------------------------------------------------------------------

    static BasicForm basicForm(AlgorithmProfile profile, long version) {
        AlgorithmBasics b = profile.basics();
        BasicForm form = new BasicForm();
        form.setAlgorithmType(b.algorithmType());
        form.setName(b.name());
        form.setLaunchDate(b.launchDate());
        form.setApplicationAreas(new ArrayList<>(b.applicationAreas()));
        form.setGenerationKind(b.generationKind());
        form.setVersion(version);
        return form;
    }

    static AlgorithmProfile applyBasic(BasicForm f, AlgorithmProfile profile) {
        return profile.withBasics(new AlgorithmBasics(f.getAlgorithmType(), f.getName(), f.getLaunchDate(),
                f.getApplicationAreas(), f.getGenerationKind()));
    }

    static DetailedForm detailedForm(AlgorithmProfile profile, long version) {
        AlgorithmDetails d = profile.details();
        DetailedForm form = new DetailedForm();
        form.setIntroduction(d.introduction() == null ? null : d.introduction().text());
        form.setUsageScenario(d.usageScenario());
        DataForm data = new DataForm();
        data.setInputModalities(new ArrayList<>(d.data().inputModalities()));
        data.setInputBiometric(d.data().inputBiometric());
        data.setInputIdentity(d.data().inputIdentity());
        data.setOutputModalities(new ArrayList<>(d.data().outputModalities()));
        data.setOutputFormats(new ArrayList<>(d.data().outputFormats()));
        data.setOutputFileSize(d.data().outputFileSize());
        data.setBatchOutput(d.data().batchOutput());
        data.setBiometricSeparateConsent(d.data().biometricSeparateConsent());
        form.setData(data);
        AlgorithmModel m = d.model();
        ModelForm model = new ModelForm();
        model.setTrainingOverseasData(m.trainingOverseasData());
        model.setCrossBorderExplanation(m.crossBorderExplanation());
        model.setTrainingDataGeneration(m.trainingDataGeneration());
        model.setTrainingPersonalInformation(m.trainingPersonalInformation());
        model.setPersonalInformationLegalBasis(m.personalInformationLegalBasis());
        model.setGenerativeAlgorithmType(m.generativeAlgorithmType());
        model.setHardwareRequirements(m.hardwareRequirements());
        model.setPerformance(m.performance());
        model.setCalculationMethod(m.calculationMethod());
        form.setModel(model);
        AlgorithmStrategy s = d.strategy();
        StrategyForm strategy = new StrategyForm();
        strategy.setPreprocessTrainingData(s.preprocessTrainingData());
        strategy.setTrainingDataStrategy(s.trainingDataStrategy());
        strategy.setPreprocessInput(s.preprocessInput());
        strategy.setInputStrategy(s.inputStrategy());
        strategy.setPostprocessOutput(s.postprocessOutput());
        strategy.setOutputStrategy(s.outputStrategy());
        form.setStrategy(strategy);
        RiskPrevention r = d.riskPrevention();
        RiskPreventionForm risk = new RiskPreventionForm();
        risk.setImplicitLabel(r.implicitLabel());
        risk.setExplicitLabel(r.explicitLabel());
        risk.setRemindUsersToLabel(r.remindUsersToLabel());
        risk.setUserDataSecurity(r.userDataSecurity());
        risk.setRefutationMechanism(r.refutationMechanism());
        risk.setHarmfulContentMechanism(r.harmfulContentMechanism());
        risk.setExplanation(r.explanation() == null ? null : r.explanation().text());
        form.setRiskPrevention(risk);
        form.setVersion(version);
        return form;
    }

    static AlgorithmProfile applyDetailed(DetailedForm f, AlgorithmProfile profile, Errors errors) {
        AlgorithmDetails previous = profile.details();
        DataForm data = f.getData();
        ModelForm model = f.getModel();
        StrategyForm strategy = f.getStrategy();
        RiskPreventionForm risk = f.getRiskPrevention();
        return profile.withDetails(new AlgorithmDetails(
                parse(errors, "introduction", f.getIntroduction(), ZiLimitedText::new, previous.introduction()),
                f.getUsageScenario(),
                new AlgorithmData(data.getInputModalities(), data.getInputBiometric(), data.getInputIdentity(),
                        data.getOutputModalities(), data.getOutputFormats(), data.getOutputFileSize(),
                        data.getBatchOutput(), data.getBiometricSeparateConsent()),
                new AlgorithmModel(model.getTrainingOverseasData(), model.getCrossBorderExplanation(),
                        model.getTrainingDataGeneration(), model.getTrainingPersonalInformation(),
                        model.getPersonalInformationLegalBasis(), model.getGenerativeAlgorithmType(),
                        model.getHardwareRequirements(), model.getPerformance(), model.getCalculationMethod()),
                new AlgorithmStrategy(strategy.getPreprocessTrainingData(), strategy.getTrainingDataStrategy(),
                        strategy.getPreprocessInput(), strategy.getInputStrategy(), strategy.getPostprocessOutput(),
                        strategy.getOutputStrategy()),
                new RiskPrevention(risk.getImplicitLabel(), risk.getExplicitLabel(), risk.getRemindUsersToLabel(),
                        risk.getUserDataSecurity(), risk.getRefutationMechanism(), risk.getHarmfulContentMechanism(),
                        parse(errors, "riskPrevention.explanation", risk.getExplanation(), ZiLimitedText::new,
                                previous.riskPrevention().explanation()))));
    }

    // --- Self-assessment -------------------------------------------------------------------------------------

    static AssessmentForm assessmentForm(AlgorithmProfile profile, long version) {
        SelfAssessment s = profile.assessment();
        SelfAssessmentForm a = new SelfAssessmentForm();
        for (FlowStep step : s.flow()) {
            FlowStepForm row = new FlowStepForm();
            row.setName(step.name());
            row.setKind(step.kind());
            row.setDescription(step.description());
            a.getFlow().add(row);
        }
        a.setScope(s.scope());
        a.setServedUsers(s.servedUsers());
        a.setUserCount(s.userCount());
        a.setSocialImpact(s.socialImpact());
        a.setSoftwareHardware(s.softwareHardware());
        a.setDeploymentLocation(s.deploymentLocation());
        a.setOtherDescription(s.otherDescription());
        a.setDataDescription(s.dataDescription());
        a.setModelDescription(s.modelDescription());
        a.setInterventionStrategy(s.interventionStrategy());
        a.setResultLabelling(s.resultLabelling());
        for (RiskAssessment risk : s.risks()) {
            RiskForm row = new RiskForm();
            row.setCategory(risk.category());
            row.setDescription(risk.description());
            for (RiskMeasure measure : risk.measures()) {
                MeasureForm m = new MeasureForm();
                m.setKind(measure.kind());
                m.setDescription(measure.description());
                m.setEvidenceIds(new ArrayList<>(measure.evidenceIds()));
                row.getMeasures().add(m);
            }
            a.getRisks().add(row);
        }
        a.setAssessmentDate(s.assessmentDate());
        a.setReportDate(s.reportDate());
        a.setConclusion(s.conclusion());
        a.setOtherMatters(s.otherMatters());
        DisclosureForm d = new DisclosureForm();
        d.setBasicPrinciple(profile.disclosure().basicPrinciple());
        d.setOperatingMechanism(profile.disclosure().operatingMechanism());
        d.setApplicationScenarios(profile.disclosure().applicationScenarios());
        d.setPurpose(profile.disclosure().purpose());
        d.setPublicationMethod(profile.disclosure().publicationMethod());
        AssessmentForm form = new AssessmentForm();
        form.setAssessment(a);
        form.setDisclosure(d);
        form.setVersion(version);
        return form;
    }

    /** The evidence items stay as uploaded; the form edits everything else of the self-assessment. */
    static AlgorithmProfile applyAssessment(AssessmentForm f, AlgorithmProfile profile) {
        SelfAssessmentForm a = f.getAssessment();
        // Rows are kept even while empty: the user added them and removes them explicitly; the rules flag gaps.
        List<FlowStep> flow = a.getFlow().stream()
                .map(row -> new FlowStep(row.getName(), row.getKind(), row.getDescription())).toList();
        List<RiskAssessment> risks = a.getRisks().stream()
                .map(row -> new RiskAssessment(row.getCategory(), row.getDescription(), row.getMeasures().stream()
                        .map(m -> new RiskMeasure(m.getKind(), m.getDescription(), m.getEvidenceIds())).toList()))
                .toList();
        DisclosureForm d = f.getDisclosure();
        return profile.withAssessment(new SelfAssessment(flow, a.getScope(), a.getServedUsers(), a.getUserCount(),
                        a.getSocialImpact(), a.getSoftwareHardware(), a.getDeploymentLocation(), a.getOtherDescription(),
                        a.getDataDescription(), a.getModelDescription(), a.getInterventionStrategy(),
                        a.getResultLabelling(), risks, profile.assessment().evidence(), a.getAssessmentDate(),
                        a.getReportDate(), a.getConclusion(), a.getOtherMatters()))
                .withDisclosure(new PublicDisclosure(d.getBasicPrinciple(), d.getOperatingMechanism(),
                        d.getApplicationScenarios(), d.getPurpose(), d.getPublicationMethod()));
    }

    // --- Step 3 ----------------------------------------------------------------------------------------------

    static Step3Form step3Form(Step3 step3, long version) {
        Step3Form form = new Step3Form();
        if (step3 instanceof ProductsAndFunctions products) {
            for (Product product : products.products()) {
                ProductForm row = new ProductForm();
                row.setName(product.name());
                row.setForm(product.form());
                row.setAccessAddress(product.accessAddress());
                row.setFunctions(product.functions());
                row.setUserScale(product.userScale());
                row.setLaunchDate(product.launchDate());
                row.setIntroduction(product.introduction());
                row.setEntryPoint(product.entryPoint());
                form.getProducts().add(row);
            }
        }
        else if (step3 instanceof SupportPlan plan) {
            form.setDeliveryModes(new ArrayList<>(plan.deliveryModes()));
            form.setCustomerTypes(new ArrayList<>(plan.customerTypes()));
            form.setCustomerDescription(plan.customerDescription());
            form.setAccessControl(plan.accessControl());
            form.setCustomerFilingGuidance(plan.customerFilingGuidance());
            form.setServiceAgreement(plan.serviceAgreement());
        }
        form.setVersion(version);
        return form;
    }

    static Step3 toStep3(Step3Form f, FilingRole role) {
        if (role == FilingRole.SERVICE_PROVIDER) {
            return new ProductsAndFunctions(f.getProducts().stream()
                    .map(row -> new Product(row.getName(), row.getForm(), row.getAccessAddress(), row.getFunctions(),
                            row.getUserScale(), row.getLaunchDate(), row.getIntroduction(), row.getEntryPoint()))
                    .toList());
        }
        return new SupportPlan(f.getDeliveryModes(), f.getCustomerTypes(), f.getCustomerDescription(),
                f.getAccessControl(), f.getCustomerFilingGuidance(), f.getServiceAgreement());
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private static <T> T parse(Errors errors, String path, String raw, Function<String, T> type, T previous) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return type.apply(raw);
        }
        catch (InvalidValueException invalid) {
            errors.rejectValue(path, invalid.messageKey());
            return previous;
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
