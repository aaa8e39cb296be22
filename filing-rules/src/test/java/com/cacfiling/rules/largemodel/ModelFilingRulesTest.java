package com.cacfiling.rules.largemodel;

import java.util.List;

import com.cacfiling.domain.dossier.DomainJson;
import com.cacfiling.domain.form.DossierTree;
import com.cacfiling.domain.form.FieldSpec;
import com.cacfiling.domain.largemodel.ClauseResult;
import com.cacfiling.domain.largemodel.ModelFilingForm;
import com.cacfiling.domain.largemodel.ModelFilingRoute;
import com.cacfiling.domain.largemodel.ModelLists;
import com.cacfiling.domain.largemodel.ModelThresholds;
import com.cacfiling.rules.Finding;
import com.cacfiling.rules.FindingArgument;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class ModelFilingRulesTest {

    private final ModelThresholds t = ModelThresholds.of("TC260-003").orElseThrow();

    private static final java.time.LocalDate TODAY = java.time.LocalDate.of(2026, 12, 1);

    private static DossierTree tree(String json) {
        return DossierTree.of((ObjectNode) DomainJson.readTree(json), ModelFilingForm.fields());
    }

    private List<Finding> findings(String json, ModelFilingRoute route) {
        return ModelFilingRules.evaluate(tree(json), route, ModelListsSamples.passing(t), t, TODAY).findings();
    }

    @Test
    void anEmptyFilingMissesItsRequiredFieldsPerRoute() {
        ModelEvaluation filing = ModelFilingRules.evaluate(tree("{\"model\":{\"route\":\"FILING\"}}"),
                ModelFilingRoute.FILING, ModelLists.none(), t, TODAY);
        assertThat(filing.findings()).extracting(Finding::fieldPath).contains("model.basics.modelName",
                "model.development.baseModelKind", "model.service.inferenceCompute",
                "model.assessment.clauses.KEYWORD_LIBRARY.result", "lists.keywords")
                .doesNotContain("model.called.filingNumber");
        assertThat(filing.readiness()).containsEntry("MODEL_BASIC", 0.0);
        // The four lists, missing, are a step not done: the filing is never 100 % without them.
        assertThat(filing.readiness()).containsEntry(ModelFilingRules.LISTS_STEP, 0.0);
        assertThat(filing.isReady()).isFalse();

        ModelEvaluation registration = ModelFilingRules.evaluate(
                tree("{\"model\":{\"route\":\"REGISTRATION\"}}"), ModelFilingRoute.REGISTRATION, ModelLists.none(), t,
                TODAY);
        assertThat(registration.findings()).extracting(Finding::fieldPath).contains("model.called.filingNumber")
                .doesNotContain("model.development.baseModelKind", "model.service.inferenceCompute");
    }

    /**
     * What a new filing holds before any step was saved (its entity copied from the company) is no progress of the
     * user's: the steps not started count as not done; the lists count by what was uploaded.
     */
    @Test
    void theProgressCountsTheStepsStarted() {
        ModelEvaluation copied = ModelFilingRules.evaluate(tree("{\"model\":{\"route\":\"REGISTRATION\","
                + "\"entity\":{\"name\":\"灵犀科技\",\"contactName\":\"张三\"}}}"), ModelFilingRoute.REGISTRATION,
                ModelListsSamples.passing(t), t, TODAY);
        assertThat(copied.overallReadiness()).isPositive();
        double basic = copied.readiness().get("MODEL_BASIC");
        double lists = copied.readiness().get(ModelFilingRules.LISTS_STEP);
        int steps = copied.readiness().size();
        assertThat(copied.overallReadiness(java.util.Set.of())).isEqualTo((int) Math.floor(lists / steps * 100));
        assertThat(copied.overallReadiness(java.util.Set.of("MODEL_BASIC")))
                .isEqualTo((int) Math.floor((basic + lists) / steps * 100));
    }

    /**
     * A planned launch date that has come while the filing is prepared is stale or a service running unfiled: a
     * warning on the field (found in a walk: a date nine months past, "no errors found"); a later one is none.
     */
    @Test
    void aLaunchDateThatHasComeIsAWarning() {
        for (String route : List.of("FILING", "REGISTRATION")) {
            for (String date : List.of("2026-03-15", "2026-12-01")) {
                assertThat(findings("{\"model\":{\"route\":\"" + route + "\",\"basics\":{\"launchDate\":\"" + date
                        + "\"}}}", ModelFilingRoute.valueOf(route)))
                        .filteredOn(finding -> finding.fieldPath().equals("model.basics.launchDate")).as(route + " " + date)
                        .singleElement().satisfies(finding -> {
                            assertThat(finding.severity()).isEqualTo(com.cacfiling.rules.Severity.WARNING);
                            assertThat(finding.arguments()).containsExactly(java.time.LocalDate.parse(date));
                        });
            }
            assertThat(findings("{\"model\":{\"route\":\"" + route + "\",\"basics\":{\"launchDate\":\"2026-12-02\"}}}",
                    ModelFilingRoute.valueOf(route))).extracting(Finding::fieldPath).as(route)
                    .doesNotContain("model.basics.launchDate");
        }
    }

    /**
     * The test endpoint took any text before it was checked as an address: such a stored value is an error at the
     * field until corrected; an address is none.
     */
    @Test
    void aStoredTestEndpointThatIsNoAddressIsAnError() {
        for (String route : List.of("FILING", "REGISTRATION")) {
            assertThat(findings("{\"model\":{\"route\":\"" + route
                    + "\",\"service\":{\"testEndpoint\":\"lingxi api\"}}}", ModelFilingRoute.valueOf(route)))
                    .filteredOn(finding -> finding.fieldPath().equals("model.service.testEndpoint")).as(route)
                    .singleElement().satisfies(finding -> {
                        assertThat(finding.severity()).isEqualTo(com.cacfiling.rules.Severity.ERROR);
                        assertThat(finding.messageKey()).isEqualTo("rule.model.invalidValue");
                        assertThat(finding.arguments()).containsExactly("lingxi api");
                    });
            assertThat(findings("{\"model\":{\"route\":\"" + route
                    + "\",\"service\":{\"testEndpoint\":\"https://api.lingxi.example.cn/v1\"}}}",
                    ModelFilingRoute.valueOf(route))).extracting(Finding::fieldPath).as(route)
                    .doesNotContain("model.service.testEndpoint");
        }
    }

    /** A model trained from scratch has no base model to name (the walk found the name asked anyway). */
    @Test
    void theBaseModelsNameIsAskedOfAFiledOrOpenSourceBaseOnly() {
        for (String kind : List.of("SELF_BUILT", "FILED_MODEL", "OPEN_SOURCE")) {
            List<Finding> findings = findings("{\"model\":{\"route\":\"FILING\",\"development\":{\"baseModelKind\":\""
                    + kind + "\"}}}", ModelFilingRoute.FILING);
            assertThat(findings).extracting(Finding::fieldPath).as(kind)
                    .matches(paths -> paths.contains("model.development.baseModelName") != kind.equals("SELF_BUILT"));
        }
        assertThat(findings("{\"model\":{\"route\":\"FILING\"}}", ModelFilingRoute.FILING))
                .extracting(Finding::fieldPath).as("unanswered").contains("model.development.baseModelName");
    }

    /** Found in a walk: a privacy policy that names no personal information was found to contain the clause. */
    @Test
    void thePersonalInformationClauseNeedsMoreThanTheWord() {
        assertThat(AgreementClause.PERSONAL_INFORMATION.isIn("我们重视您的个人信息安全，遵守法律法规。")).isFalse();
        assertThat(AgreementClause.PERSONAL_INFORMATION.isIn("我们收集的个人信息包括手机号码和设备信息。")).isTrue();
        assertThat(AgreementClause.PERSONAL_INFORMATION.isIn("The categories of personal information we collect"))
                .isTrue();
        // Found in a walk: the PIPL's own word as a heading was refused.
        assertThat(AgreementClause.PERSONAL_INFORMATION.isIn("一、我们处理的个人信息：手机号码、设备标识。")).isTrue();
        assertThat(AgreementClause.PERSONAL_INFORMATION.isIn("我们依法保护个人信息。")).isFalse();
    }

    /** Found in a walk: what happens to the conversation (the user's input) was not recognised as such. */
    @Test
    void theUserInputClauseKnowsTheConversationAsInput() {
        assertThat(AgreementClause.USER_INPUT.isIn("对话内容保存 6 个月，不用于模型训练。")).isTrue();
        assertThat(AgreementClause.USER_INPUT.isIn("Prompts are retained for 30 days and not used for training."))
                .isTrue();
        assertThat(AgreementClause.USER_INPUT.isIn("我们保存您的账号信息。")).isFalse();
    }

    /** Found in a walk: a filing without the algorithm filing's number was called complete. */
    @Test
    void bothRoutesWarnWithoutTheAlgorithmFilingsNumber() {
        for (ModelFilingRoute route : ModelFilingRoute.values()) {
            assertThat(findings("{\"model\":{\"route\":\"" + route + "\"}}", route))
                    .filteredOn(f -> f.ruleCode().equals("MODEL_PREREQUISITES")).singleElement().satisfies(f -> {
                        assertThat(f.fieldPath()).isEqualTo("model.basics.algorithmFilingNumber");
                        assertThat(f.severity()).isEqualTo(com.cacfiling.rules.Severity.WARNING);
                    });
            assertThat(findings("{\"model\":{\"route\":\"" + route
                    + "\",\"basics\":{\"algorithmFilingNumber\":\"网信算备110108823483902230019号\"}}}", route))
                    .filteredOn(f -> f.ruleCode().equals("MODEL_PREREQUISITES")).isEmpty();
        }
    }

    /**
     * A registration's findings that name the filing itself name it a registration ("再提交本登记"), with their own
     * keys in both bundles (found in a walk: "then submit this filing" on a registration); a filing's keep theirs.
     */
    @Test
    void aRegistrationsFindingsNameItARegistration() {
        var pending = new com.cacfiling.domain.largemodel.ServiceAlgorithmFiling(java.time.LocalDate.of(2027, 3, 1), null);
        for (ModelFilingRoute route : ModelFilingRoute.values()) {
            String suffix = route == ModelFilingRoute.REGISTRATION ? ".registration" : "";
            List<String> keys = ModelFilingRules.evaluate(tree("{\"model\":{\"route\":\"" + route
                    + "\",\"basics\":{\"launchDate\":\"2020-01-01\"}}}"), route, ModelListsSamples.passing(t), t,
                    TODAY, pending).findings().stream().map(Finding::messageKey).toList();
            assertThat(keys).contains("rule.model.algorithmFilingNumber.missing" + suffix,
                    "rule.model.launchBeforeApproval" + suffix, "rule.model.serviceAlgorithm.launchDate" + suffix);
        }
    }

    private List<Finding> basicsFindings(String basics, com.cacfiling.domain.largemodel.ServiceAlgorithmFiling algorithm) {
        return ModelFilingRules.evaluate(tree("{\"model\":{\"route\":\"FILING\",\"basics\":" + basics + "}}"),
                ModelFilingRoute.FILING, ModelListsSamples.passing(t), t, TODAY, algorithm).findings().stream()
                .filter(f -> f.fieldPath().startsWith("model.basics.launchDate")
                        || f.fieldPath().equals("model.basics.algorithmFilingNumber"))
                .filter(f -> !f.messageKey().equals("rule.model.launchBeforeApproval")).toList();
    }

    /**
     * The two filings of one service agree (found in a review: they were alike only when the large-model filing was
     * started from the service; a launch date changed in either afterwards went unnoticed into two dossiers).
     */
    @Test
    void theFormAgreesWithTheServicesAlgorithmFiling() {
        var approved = new com.cacfiling.domain.largemodel.ServiceAlgorithmFiling(java.time.LocalDate.of(2027, 3, 1),
                "网信算备110108823483902230019号");
        String agreeing = "{\"launchDate\":\"2027-03-01\",\"algorithmFilingNumber\":\"网信算备110108823483902230019号\"}";
        assertThat(basicsFindings(agreeing, approved)).isEmpty();
        // The same number typed with a space is the same number.
        assertThat(basicsFindings("{\"launchDate\":\"2027-03-01\",\"algorithmFilingNumber\":\"网信算备 110108823483902230019号\"}",
                approved)).isEmpty();

        List<Finding> differing = basicsFindings(
                "{\"launchDate\":\"2027-04-15\",\"algorithmFilingNumber\":\"网信算备110108823483902230027号\"}", approved);
        assertThat(differing).extracting(Finding::ruleCode).containsOnly(ServiceAlgorithmAgreement.RULE);
        // The date may differ for a reason the user knows (a warning); the number the CAC gave is a fact (an error).
        assertThat(differing).filteredOn(f -> f.fieldPath().equals("model.basics.launchDate")).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(com.cacfiling.rules.Severity.WARNING);
                    assertThat(f.arguments()).containsExactly(java.time.LocalDate.of(2027, 4, 15),
                            java.time.LocalDate.of(2027, 3, 1));
                });
        assertThat(differing).filteredOn(f -> f.fieldPath().equals("model.basics.algorithmFilingNumber"))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(com.cacfiling.rules.Severity.ERROR);
                    assertThat(f.arguments()).containsExactly("网信算备110108823483902230019号");
                });
        // A service with two approved algorithm filings: either number is the service's.
        var two = new com.cacfiling.domain.largemodel.ServiceAlgorithmFiling(java.time.LocalDate.of(2027, 3, 1),
                "网信算备110108823483902230019号", List.of("网信算备110108823483902230027号"));
        assertThat(basicsFindings(differingBasics(), two)).extracting(Finding::fieldPath)
                .containsExactly("model.basics.launchDate");

        // Not approved yet: the date is compared; the number cannot be, and the finding says so (information).
        var pending = new com.cacfiling.domain.largemodel.ServiceAlgorithmFiling(java.time.LocalDate.of(2027, 3, 1), null);
        List<Finding> beforeApproval = basicsFindings(differingBasics(), pending);
        assertThat(beforeApproval).extracting(Finding::fieldPath).containsExactly("model.basics.launchDate",
                "model.basics.algorithmFilingNumber");
        assertThat(beforeApproval.get(1).severity()).isEqualTo(com.cacfiling.rules.Severity.INFO);
        assertThat(beforeApproval.get(1).messageKey()).isEqualTo("rule.model.serviceAlgorithm.notApprovedYet");
        // No algorithm filing: nothing to compare; one without a date: no date to compare.
        assertThat(basicsFindings(differingBasics(), null)).isEmpty();
        assertThat(basicsFindings(differingBasics(), new com.cacfiling.domain.largemodel.ServiceAlgorithmFiling(null, null)))
                .extracting(Finding::messageKey).containsExactly("rule.model.serviceAlgorithm.notApprovedYet");
        assertThat(basicsFindings("{}", pending)).extracting(Finding::messageKey)
                .containsExactly("rule.model.algorithmFilingNumber.missing");
    }

    private static String differingBasics() {
        return "{\"launchDate\":\"2027-04-15\",\"algorithmFilingNumber\":\"网信算备110108823483902230027号\"}";
    }

    /** Once the service's algorithm filing is approved, the missing number's warning names it. */
    @Test
    void aMissingNumberIsNamedOnceTheServicesAlgorithmFilingIsApproved() {
        var approved = new com.cacfiling.domain.largemodel.ServiceAlgorithmFiling(null, "网信算备110108823483902230019号");
        assertThat(basicsFindings("{}", approved)).singleElement().satisfies(f -> {
            assertThat(f.messageKey()).isEqualTo("rule.model.algorithmFilingNumber.approved");
            assertThat(f.arguments()).containsExactly("网信算备110108823483902230019号");
            assertThat(f.severity()).isEqualTo(com.cacfiling.rules.Severity.WARNING);
        });
    }

    @Test
    void eachClauseResultNeedsItsEvidenceOrReason() {
        List<Finding> findings = findings("""
                {"model":{"route":"FILING","assessment":{"clauses":[
                  {"clause":"CORPUS_SOURCE","result":"CONFORMS"},
                  {"clause":"CORPUS_CONTENT","result":"CONFORMS","evidence":"抽检记录"},
                  {"clause":"CORPUS_ANNOTATION","result":"NOT_APPLICABLE"},
                  {"clause":"MODEL_SECURITY","result":"DOES_NOT_CONFORM","reason":"尚未完成"}]}}}""",
                ModelFilingRoute.FILING);
        assertThat(findings).filteredOn(f -> f.ruleCode().equals("MODEL_CLAUSE")).extracting(Finding::fieldPath)
                .containsExactlyInAnyOrder("model.assessment.clauses.CORPUS_SOURCE.evidence",
                        "model.assessment.clauses.CORPUS_ANNOTATION.reason",
                        "model.assessment.clauses.MODEL_SECURITY.measure",
                        "model.assessment.clauses.MODEL_SECURITY.result");
    }

    /**
     * The page shows a clause's texts by its result (the catalogue's shownForAnswer): for each result exactly the
     * texts this check asks for, so that no text it asks for is folded away and none it does not ask for is shown.
     */
    @Test
    void theClauseTextsThePageShowsForAResultAreTheOnesTheCheckAsksFor() {
        FieldSpec result = ModelFilingForm.fields().find("model.assessment.clauses.CORPUS_SOURCE.result").orElseThrow();
        List<FieldSpec> texts = ModelFilingForm.fields().find("model.assessment.clauses").orElseThrow().fields()
                .stream().filter(field -> field.shownForAnswer() != null).toList();
        assertThat(texts).extracting(FieldSpec::name).containsExactly("evidence", "reason", "measure");
        for (ClauseResult answer : ClauseResult.values()) {
            assertThat(result.shownForAnswer()).isNull();
            List<Finding> findings = findings("{\"model\":{\"route\":\"FILING\",\"assessment\":{\"clauses\":["
                    + "{\"clause\":\"CORPUS_SOURCE\",\"result\":\"" + answer + "\"}]}}}", ModelFilingRoute.FILING);
            List<String> asked = findings.stream().filter(f -> f.ruleCode().equals("MODEL_CLAUSE"))
                    .map(Finding::fieldPath).filter(path -> !path.endsWith(".result")).toList();
            List<String> shown = texts.stream().filter(text -> text.shownForAnswer().calledFor(answer.name()))
                    .map(text -> "model.assessment.clauses.CORPUS_SOURCE." + text.name()).toList();
            assertThat(asked).as(answer.name()).containsExactlyInAnyOrderElementsOf(shown);
        }
    }

    /** Found in a walk: every result chosen and no text typed, the step read 93 %. The texts asked count too. */
    @Test
    void theTextsAClausesResultAsksForCountTowardTheStepsProgress() {
        StringBuilder clauses = new StringBuilder();
        for (var clause : com.cacfiling.domain.largemodel.AssessmentClause.values()) {
            clauses.append(clauses.isEmpty() ? "" : ",").append("{\"clause\":\"").append(clause)
                    .append("\",\"result\":\"CONFORMS\"}");
        }
        int count = com.cacfiling.domain.largemodel.AssessmentClause.values().length;
        String json = "{\"model\":{\"route\":\"FILING\",\"assessment\":{\"conclusion\":\"总体符合\",\"clauses\":["
                + clauses + "]}}}";
        assertThat(ModelFilingRules.evaluate(tree(json), ModelFilingRoute.FILING, ModelLists.none(), t, TODAY)
                .readiness().get("MODEL_ASSESSMENT")).isEqualTo((count + 1.0) / (2 * count + 1));
        String withEvidence = json.replace("\"result\":\"CONFORMS\"", "\"result\":\"CONFORMS\",\"evidence\":\"记录\"");
        assertThat(ModelFilingRules.evaluate(tree(withEvidence), ModelFilingRoute.FILING, ModelLists.none(), t, TODAY)
                .readiness().get("MODEL_ASSESSMENT")).isEqualTo(1.0);
    }

    @Test
    void theAgreementWithoutALabellingClauseSaysSo() {
        String agreement = "用户的权利和义务……未成年人保护……投诉举报渠道……";
        List<Finding> findings = findings("{\"model\":{\"route\":\"FILING\",\"agreements\":{\"serviceAgreement\":\""
                + agreement + "\",\"privacyPolicy\":\"我们收集的个人信息包括手机号；您输入的内容不会用于训练；您可查阅、删除；联系我们\"}}}",
                ModelFilingRoute.FILING);
        assertThat(findings).filteredOn(f -> f.ruleCode().equals("MODEL_AGREEMENT")).singleElement().satisfies(f -> {
            assertThat(f.arguments()).containsExactly(new FindingArgument.Text("agreementClause.LABELLING"));
            assertThat(f.fieldPath()).isEqualTo("model.agreements.serviceAgreement");
        });
        List<Finding> labelled = findings("{\"model\":{\"route\":\"FILING\",\"agreements\":{\"serviceAgreement\":\""
                + agreement + "本服务生成的内容均添加人工智能生成标识。\"}}}", ModelFilingRoute.FILING);
        assertThat(labelled).filteredOn(f -> f.ruleCode().equals("MODEL_AGREEMENT")).isEmpty();
    }

    /**
     * Found in a walk: the agreements' step read 100 % with five errors at its two texts. A text filled in with an
     * error at it is not ready, as the algorithm filing counts it.
     */
    @Test
    void aStepIsNotReadyWhileItsFilledFieldsCarryErrors() {
        String privacy = "我们收集的个人信息包括手机号；您输入的内容不会用于训练；您可查阅、删除；联系我们";
        String wellFormed = "{\"model\":{\"route\":\"FILING\",\"agreements\":{\"serviceAgreement\":\""
                + "用户的权利和义务。未成年人保护。投诉举报渠道。本服务生成的内容均添加人工智能生成标识。\",\"privacyPolicy\":\""
                + privacy + "\"}}}";
        assertThat(ModelFilingRules.evaluate(tree(wellFormed), ModelFilingRoute.FILING, ModelLists.none(),
                t, TODAY).readiness().get("MODEL_AGREEMENTS")).isEqualTo(1.0);
        String refusing = wellFormed.replace("本服务生成的内容均添加人工智能生成标识。", "本服务不对生成内容添加任何标识。");
        assertThat(ModelFilingRules.evaluate(tree(refusing), ModelFilingRoute.FILING, ModelLists.none(),
                t, TODAY).readiness().get("MODEL_AGREEMENTS")).isEqualTo(0.5);
    }

    /**
     * Found in a walk: an agreement saying "本服务不对生成内容添加任何标识" passed as the labelling clause, and a privacy
     * policy passed as saying what happens to the user's input because "输入" and "保存" stood in other paragraphs.
     */
    @Test
    void anAgreementRefusingToLabelIsRefusedAndAClausesWordsAreLookedForInOneSentence() {
        String agreement = "用户的权利和义务……未成年人保护……投诉举报渠道……";
        List<Finding> refused = findings("{\"model\":{\"route\":\"FILING\",\"agreements\":{\"serviceAgreement\":\""
                + agreement + "。本服务不对生成内容添加任何标识。\"}}}", ModelFilingRoute.FILING);
        assertThat(refused).filteredOn(f -> f.ruleCode().equals("MODEL_AGREEMENT")).singleElement().satisfies(f -> {
            assertThat(f.messageKey()).isEqualTo("rule.model.agreement.labellingRefused");
            assertThat(f.arguments()).containsExactly("本服务不对生成内容添加任何标识");
            assertThat(f.legalBasis().article()).isEqualTo("第四条");
        });
        for (String refusal : List.of("We do not label AI-generated output.\nOther terms.",
                "生成内容无需标识。", "我们不会在生成的图片中添加显式标识。", "Outputs will not be labelled as AI-generated.")) {
            assertThat(AgreementClause.LABELLING.check(refusal)).as(refusal).isEqualTo(AgreementClause.Result.REFUSED);
        }
        // What a labelling clause legitimately says with a negation in it: not a refusal.
        for (String clause : List.of("本服务对生成内容添加人工智能生成标识，用户不得删除、篡改标识。",
                "我们在生成内容的文件元数据中添加不易被用户明显感知的隐式标识，并添加人工智能生成的显式标识。",
                "用户申请提供不含显式标识的生成合成内容的，应承担标识义务；本服务生成的内容均添加人工智能生成标识。",
                "Generated content carries an AI-generated label; you must not remove labels.",
                "本服务不提供未标识的生成内容，所有内容均添加人工智能生成标识。",
                "如发现标识不对，请通过投诉渠道反馈；生成内容均添加人工智能生成标识。")) {
            assertThat(AgreementClause.LABELLING.check(clause)).as(clause).isEqualTo(AgreementClause.Result.FOUND);
        }
        // Input in one paragraph and storage in another: no statement of what happens to the input.
        String scattered = "请输入您的手机号完成注册。\n我们会保存您的账户信息直至注销。";
        assertThat(AgreementClause.USER_INPUT.check(scattered)).isEqualTo(AgreementClause.Result.MISSING);
        assertThat(AgreementClause.USER_INPUT.check("您与本服务的对话内容保存 6 个月，不用于模型训练。"))
                .isEqualTo(AgreementClause.Result.FOUND);
    }

    @Test
    void samplingResultsAreCheckedAgainstTheStandard() {
        List<Finding> failing = findings("""
                {"model":{"route":"FILING","development":{"corpusManualSampled":3999,"corpusManualPassed":3900,
                 "worstSourceIllegalPercent":5.5},
                 "assessment":{"generatedManualSampled":1000,"generatedManualPassed":899,
                   "generatedKeywordSampled":1000,"generatedKeywordPassed":900,
                   "generatedClassifierSampled":1000,"generatedClassifierPassed":1001}}}""", ModelFilingRoute.FILING);
        assertThat(failing).filteredOn(f -> f.ruleCode().equals("MODEL_CORPUS") || f.ruleCode().equals("MODEL_GENERATED"))
                .extracting(Finding::messageKey).containsExactlyInAnyOrder("rule.model.sample.tooSmall",
                        "rule.model.corpus.illegalSource", "rule.model.sample.passRate",
                        "rule.model.sample.passedOverSampled");
        List<Finding> passing = findings("""
                {"model":{"route":"FILING","development":{"corpusManualSampled":4000,"corpusManualPassed":3840,
                 "worstSourceIllegalPercent":5},
                 "assessment":{"generatedManualSampled":1000,"generatedManualPassed":900,
                   "generatedKeywordSampled":1200,"generatedKeywordPassed":1100,
                   "generatedClassifierSampled":1000,"generatedClassifierPassed":1000}}}""", ModelFilingRoute.FILING);
        assertThat(passing).filteredOn(f -> f.ruleCode().equals("MODEL_CORPUS") || f.ruleCode().equals("MODEL_GENERATED"))
                .isEmpty();
    }

    @Test
    void aRegistrationOfAModifiedModelMustBeAFiling() {
        assertThat(findings("{\"model\":{\"route\":\"REGISTRATION\",\"called\":{\"unmodified\":false}}}",
                ModelFilingRoute.REGISTRATION)).extracting(Finding::messageKey).contains("rule.model.called.modified");
        assertThat(findings("{\"model\":{\"route\":\"REGISTRATION\",\"called\":{\"unmodified\":true}}}",
                ModelFilingRoute.REGISTRATION)).extracting(Finding::messageKey)
                .doesNotContain("rule.model.called.modified");
    }

    /**
     * Found in a walk: a service writing texts with one filed model and drawing images with another could name only
     * one. Each further model is a row asked for the same facts as the first, checked as the first is.
     */
    @Test
    void eachFurtherModelCalledIsAskedForAndCheckedAsTheFirst() {
        List<Finding> found = findings("""
                {"model":{"route":"REGISTRATION","called":{"unmodified":true,"others":[
                  {"modelName":"星河绘图","unmodified":false,"callMethod":"OTHER"},
                  {"modelName":"星河语音","filer":"星河语音有限公司","filingNumber":"Beijing-XingHeYuYin-20240101",
                   "callMethod":"API","unmodified":true,"contract":"2026年1月签订，调用语音合成接口"}]}}}""",
                ModelFilingRoute.REGISTRATION);
        assertThat(found).filteredOn(f -> f.fieldPath().startsWith("model.called.others[0]"))
                .extracting(Finding::fieldPath, Finding::messageKey).contains(
                        org.assertj.core.groups.Tuple.tuple("model.called.others[0].unmodified",
                                "rule.model.called.modified"),
                        org.assertj.core.groups.Tuple.tuple("model.called.others[0].filer", "rule.required"),
                        org.assertj.core.groups.Tuple.tuple("model.called.others[0].filingNumber", "rule.required"),
                        org.assertj.core.groups.Tuple.tuple("model.called.others[0].contract", "rule.required"),
                        org.assertj.core.groups.Tuple.tuple("model.called.others[0].callMethodOther",
                                "rule.required"));
        assertThat(found).extracting(Finding::fieldPath).noneMatch(path -> path.startsWith("model.called.others[1]"));
        // No rows, nothing asked: the further models are optional.
        assertThat(findings("{\"model\":{\"route\":\"REGISTRATION\",\"called\":{\"unmodified\":true}}}",
                ModelFilingRoute.REGISTRATION)).extracting(Finding::fieldPath)
                .noneMatch(path -> path.startsWith("model.called.others"));
    }
}
