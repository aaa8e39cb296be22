package com.cacfiling.web;

import java.time.Instant;
import java.util.UUID;

import com.cacfiling.domain.algorithm.Algorithm;
import com.cacfiling.domain.algorithm.AlgorithmId;
import com.cacfiling.domain.algorithm.AlgorithmProfile;
import com.cacfiling.domain.filing.Actor;
import com.cacfiling.domain.filing.Filing;
import com.cacfiling.domain.filing.FilingId;

import com.cacfiling.domain.filing.FilingRole;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.company.CompanyRepository;
import com.cacfiling.web.filing.AlgorithmRecord;
import com.cacfiling.web.filing.AlgorithmRecordRepository;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.filing.FilingRecordRepository;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.user.UserAccount;
import com.cacfiling.web.user.UserAccountRepository;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** Creates uniquely named data, so tests sharing the JVM's database never see each other's rows. */
@TestComponent
public class TestFixtures {

    public static final String PASSWORD = "Test-Password-1";

    /** A public chat service on its own model, with public-opinion attributes: the triage's answers, by question. */
    public static final java.util.Map<String, Boolean> SELF_BUILT_CHAT = java.util.Map.of("PUBLIC", true,
            "GENERATIVE", true, "PUBLIC_OPINION", true, "OWN_MODEL", true, "SELLS_API", false,
            "BIOMETRIC_OR_CHANGE", false, "MOBILISATION_RND", false, "COMPANION", false);

    private final CompanyRepository companies;
    private final UserAccountRepository users;
    private final AlgorithmRecordRepository algorithms;
    private final FilingRecordRepository filings;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;
    private final com.cacfiling.web.filing.FilingService filingService;

    TestFixtures(CompanyRepository companies, UserAccountRepository users, AlgorithmRecordRepository algorithms,
            FilingRecordRepository filings, PasswordEncoder passwordEncoder, TransactionTemplate transaction,
            com.cacfiling.web.filing.FilingService filingService) {
        this.companies = companies;
        this.users = users;
        this.algorithms = algorithms;
        this.filings = filings;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
        this.filingService = filingService;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A valid unified social credit code nobody else in the test database has. */
    public static String uniqueCreditCode() {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        java.util.Random random = new java.util.Random();
        StringBuilder first = new StringBuilder("9111");
        while (first.length() < 17) {
            first.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return first.toString() + com.cacfiling.domain.identifiers.UnifiedSocialCreditCode.checkCharacter(first.toString());
    }

    /** The complete sample dossier as JSON, with a credit code of its own. */
    public static String sampleJson(com.cacfiling.domain.dossier.Dossier dossier) {
        String code = uniqueCreditCode();
        return com.cacfiling.domain.dossier.DossierJson.write(dossier).replace("91110108MA01N7QX00", code);
    }

    public Company company() {
        return companies.save(new Company(unique("测试公司"), null));
    }

    public UserAccount officer(Company company) {
        return users.save(UserAccount.officer(unique("officer"), passwordEncoder.encode(PASSWORD), "Officer", company));
    }

    public UserAccount admin() {
        return users.save(UserAccount.admin(unique("admin"), passwordEncoder.encode(PASSWORD), "Admin"));
    }

    public UserAccount consultant(Company... assigned) {
        return transaction.execute(status -> {
            UserAccount consultant = UserAccount.consultant(unique("consultant"), passwordEncoder.encode(PASSWORD),
                    "Consultant");
            for (Company company : assigned) {
                consultant.assign(companies.getReferenceById(company.getId()));
            }
            return users.save(consultant);
        });
    }

    public FilingRecord filing(Company company, String algorithmName) {
        return filing(company, algorithmName, FilingRole.SERVICE_PROVIDER);
    }

    public FilingRecord filing(Company company, String algorithmName, FilingRole role) {
        Algorithm algorithm = new Algorithm(AlgorithmId.random(), AlgorithmProfile.named(algorithmName));
        AlgorithmRecord record = algorithms.save(new AlgorithmRecord(algorithm.id().value(), company,
                algorithm.profile()));
        return filings.save(new FilingRecord(Filing.start(FilingId.random(), role, algorithm, "2025.2",
                new Actor("fixture", Instant.now())), record));
    }

    /** A filing number of its own, as the CAC gives one (网信算备 + 21 digits + 号). */
    public static String uniqueFilingNumber() {
        return "网信算备1101088234839" + String.valueOf(System.nanoTime()).substring(0, 8) + "号";
    }

    /**
     * The filing through review to the CAC's approval: submitted for review, ready, submitted to the CAC on
     * {@code submittedOn}, approved under a number of its own on {@code approvedOn}.
     */
    public FilingRecord approve(FilingRecord filing, PortalUser officer, java.time.LocalDate submittedOn,
            java.time.LocalDate approvedOn) {
        filingService.transition(officer, filing.getId(), (f, a) -> {
            f.submitForReview(a);
            f.markReady(a);
            f.recordSubmission(a, submittedOn);
            f.recordApproval(a, new com.cacfiling.domain.identifiers.FilingNumber(uniqueFilingNumber()), approvedOn);
        });
        return filing;
    }

    /** The demo filing's content (with a credit code of its own) saved into a filing, as an officer would. */
    public FilingRecord fillWithDemo(FilingRecord filing, PortalUser officer) {
        var demo = com.cacfiling.domain.dossier.DossierJson.read(sampleJson(
                com.cacfiling.domain.sample.SampleDossiers.completeProvider()));
        return fill(filing, officer, demo.entity(), demo.filing().algorithm().profile(), demo.filing().step3());
    }

    /** Saves the parts of a dossier into a filing (entity, algorithm, Step 3), each on its current version. */
    public FilingRecord fill(FilingRecord filing, PortalUser officer, com.cacfiling.domain.company.EntityProfile entity,
            AlgorithmProfile algorithm, com.cacfiling.domain.filing.Step3 step3) {
        filingService.updateEntity(officer, filing.getId(),
                filingService.get(filing.getId(), officer).getCompany().getEntityVersion(), previous -> entity);
        filingService.updateAlgorithm(officer, filing.getId(),
                filingService.get(filing.getId(), officer).getAlgorithm().getVersion(), previous -> algorithm);
        if (step3 != null && step3.role() == filing.getRole()) {
            filingService.updateStep3(officer, filing.getId(), filingService.get(filing.getId(), officer).getVersion(),
                    step3);
        }
        return filingService.get(filing.getId(), officer);
    }

    /** The principal as the security layer would hold it, for MockMvc's {@code user(..)}. */
    public static PortalUser principal(UserAccount account) {
        return PortalUser.of(account);
    }
}
