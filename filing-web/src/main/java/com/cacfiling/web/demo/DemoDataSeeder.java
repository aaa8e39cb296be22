package com.cacfiling.web.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.cacfiling.domain.algorithm.Algorithm;
import com.cacfiling.domain.algorithm.AlgorithmId;
import com.cacfiling.domain.company.EntityProfile;
import com.cacfiling.domain.dossier.DomainJson;
import com.cacfiling.domain.filing.Actor;
import com.cacfiling.domain.filing.Filing;
import com.cacfiling.domain.filing.FilingId;
import com.cacfiling.domain.filing.FilingRole;
import com.cacfiling.domain.reference.ReferenceCatalog;
import com.cacfiling.domain.sample.SampleDossiers;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.company.CompanyRepository;
import com.cacfiling.web.filing.AlgorithmRecord;
import com.cacfiling.web.filing.AlgorithmRecordRepository;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.filing.FilingRecordRepository;
import com.cacfiling.web.user.UserAccount;
import com.cacfiling.web.user.UserAccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode (on by default with the embedded database): seeds, once, two client companies, a consultant
 * assigned to both, an officer for each, an administrator, and a complete provider filing for the first
 * company, so a newcomer can click through to a finished dossier at once.
 */
@Component
@Order(0)
@ConditionalOnBooleanProperty("filing.demo.enabled")
class DemoDataSeeder implements ApplicationRunner {

    static final String DEMO_PASSWORD = "Demo-2026!";

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final UserAccountRepository users;
    private final CompanyRepository companies;
    private final AlgorithmRecordRepository algorithms;
    private final FilingRecordRepository filings;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final com.cacfiling.web.modelfiling.ModelFilingService modelFilings;
    private final com.cacfiling.web.changelog.ChangeLog changeLog;
    private final com.cacfiling.web.evidence.DemoEvidence demoEvidence;

    DemoDataSeeder(UserAccountRepository users, CompanyRepository companies, AlgorithmRecordRepository algorithms,
            FilingRecordRepository filings, PasswordEncoder passwordEncoder, Clock clock,
            com.cacfiling.web.modelfiling.ModelFilingService modelFilings,
            com.cacfiling.web.changelog.ChangeLog changeLog, com.cacfiling.web.evidence.DemoEvidence demoEvidence) {
        this.demoEvidence = demoEvidence;
        this.modelFilings = modelFilings;
        this.changeLog = changeLog;
        this.users = users;
        this.companies = companies;
        this.algorithms = algorithms;
        this.filings = filings;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() == 0) {
            seed();
        }
        log.info("""

                ==============================================================
                 Demo mode: sign in with one of these accounts
                   admin        / {}   (administrator)
                   consultant   / {}   (consultant, both companies)
                   officer.a    / {}   (officer, 北京灵犀智能科技有限公司)
                   officer.b    / {}   (officer, 星河数据服务有限公司)
                 Demo mode is for trying the portal; switch it off with
                 filing.demo.enabled=false before real use.
                ==============================================================""",
                DEMO_PASSWORD, DEMO_PASSWORD, DEMO_PASSWORD, DEMO_PASSWORD);
    }

    private void seed() {
        String hash = passwordEncoder.encode(DEMO_PASSWORD);
        EntityProfile entity = SampleDossiers.entity();
        Company lingxi = new Company(entity.name(), "Beijing Lingxi Intelligence Technology Co., Ltd.");
        lingxi.updateEntityProfile(DomainJson.write(entity), entity.creditCode().value());
        companies.save(lingxi);
        Company galaxy = companies.save(new Company("星河数据服务有限公司", "Galaxy Data Services Co., Ltd."));
        users.save(UserAccount.admin("admin", hash, "王磊"));
        UserAccount consultant = UserAccount.consultant("consultant", hash, "李静");
        consultant.assign(lingxi);
        consultant.assign(galaxy);
        users.save(consultant);
        users.save(UserAccount.officer("officer.a", hash, "张敏", lingxi));
        users.save(UserAccount.officer("officer.b", hash, "王芳", galaxy));

        AlgorithmId algorithmId = AlgorithmId.random();
        com.cacfiling.domain.algorithm.AlgorithmProfile sample = SampleDossiers.algorithmProfile();
        // The listed screenshots as files that open (they were listed and answered 404); stored once the
        // algorithm they belong to is.
        var assessment = sample.assessment();
        List<com.cacfiling.web.evidence.DemoEvidence.Screenshot> screenshots =
                demoEvidence.prepare(assessment.evidence());
        Algorithm algorithm = new Algorithm(algorithmId, sample.withAssessment(assessment.withEvidence(
                screenshots.stream().map(com.cacfiling.web.evidence.DemoEvidence.Screenshot::item).toList())));
        AlgorithmRecord algorithmRecord = algorithms.save(
                new AlgorithmRecord(algorithm.id().value(), lingxi, algorithm.profile()));
        Filing filing = Filing.start(new FilingId(UUID.randomUUID()), FilingRole.SERVICE_PROVIDER, algorithm,
                ReferenceCatalog.standard().current().formVersion(), new Actor("officer.a", Instant.now(clock)));
        filing.updateStep3(SampleDossiers.products());
        FilingRecord demo = filings.save(new FilingRecord(filing, algorithmRecord));
        // Every step of the demo filing is filled in, as if its user had gone through them: they show their progress
        // and findings, not "not started".
        filings.flush();
        demoEvidence.store(algorithmId.value(), screenshots, "officer.a");
        // Its first version, as a filing created in the portal has one: the first change compares against it.
        changeLog.record(lingxi.getId(), demo.getId(), "officer.a", "CREATE", FilingRole.SERVICE_PROVIDER.name(),
                new com.cacfiling.domain.dossier.Dossier(entity, filing));
        filings.storeStartedSteps(demo.getId(), String.join(",", new java.util.TreeSet<>(
                com.cacfiling.web.filing.FilingService.STARTED_BY_PART.values().stream()
                        .flatMap(java.util.List::stream).toList())));
        // A self-built LLM chat service needs the large-model filing too (issue 16): started, first part filled.
        modelFilings.seedDemo(lingxi, "officer.a");
    }
}
