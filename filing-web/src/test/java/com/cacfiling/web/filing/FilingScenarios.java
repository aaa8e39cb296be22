package com.cacfiling.web.filing;

import java.time.LocalDate;

import com.cacfiling.domain.company.EntityProfile;
import com.cacfiling.domain.company.IcpFiling;
import com.cacfiling.domain.company.Person;
import com.cacfiling.domain.dossier.DomainJson;
import com.cacfiling.domain.filing.FilingStatus;
import com.cacfiling.domain.identifiers.FilingNumber;
import com.cacfiling.domain.sample.SampleDossiers;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.security.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;

/** Filings brought into a given state through the service, for tests of what each state allows. */
public final class FilingScenarios {

    private FilingScenarios() {
    }

    /** A filing without errors (ready to be submitted for review), with the company's Step 1 filled in. */
    public static FilingRecord completeFiling(TestFixtures fixtures, FilingService filings, Company company,
            PortalUser officer) {
        FilingRecord filing = fixtures.filing(company, SampleDossiers.ALGORITHM_NAME);
        String entityJson = DomainJson.write(SampleDossiers.entity()).replace("91110108MA01N7QX00",
                TestFixtures.uniqueCreditCode());
        EntityProfile entity = DomainJson.read(entityJson, EntityProfile.class);
        filings.updateEntity(officer, filing.getId(), filings.get(filing.getId(), officer).getCompany().getEntityVersion(),
                previous -> new EntityProfile(entity.name(), entity.creditCode(), entity.entityType(),
                        entity.registeredAddress(), entity.registeredCapitalWanYuan(), entity.establishedOn(),
                        entity.operatingTermEnd(), entity.operatingTermUnlimited(), entity.certificateType(),
                        entity.creditCode().value(), entity.legalRepresentative(), entity.securityOfficer(),
                        entity.contact(), new IcpFiling(entity.icp().number(), entity.name(), entity.creditCode(),
                                null), entity.responsibilityTable()));
        filings.updateAlgorithm(officer, filing.getId(),
                filings.get(filing.getId(), officer).getAlgorithm().getVersion(),
                previous -> SampleDossiers.algorithmProfile());
        filings.updateStep3(officer, filing.getId(), filings.get(filing.getId(), officer).getVersion(),
                SampleDossiers.products());
        assertThat(filings.evaluate(filing.getId(), officer).isReady()).isTrue();
        return filing;
    }

    /** Moves a complete filing along the happy path until it has the given status. */
    public static void bringTo(FilingService filings, PortalUser actor, FilingRecord filing, FilingStatus target) {
        if (target == FilingStatus.DRAFT) {
            return;
        }
        filings.transition(actor, filing.getId(), (f, a) -> {
            f.submitForReview(a);
            if (target == FilingStatus.IN_REVIEW) {
                return;
            }
            if (target == FilingStatus.RETURNED) {
                f.returnForRework(a, "请修改");
                return;
            }
            f.markReady(a);
            if (target == FilingStatus.READY) {
                return;
            }
            // Recorded after they happened (the workflow refuses dates to come): days before today.
            f.recordSubmission(a, LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(50));
            if (target == FilingStatus.SUBMITTED) {
                return;
            }
            if (target == FilingStatus.RETURNED_BY_CAC) {
                f.recordCacReturn(a, "材料不全");
                return;
            }
            f.recordApproval(a, uniqueFilingNumber(), LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(45));
        });
        assertThat(filings.get(filing.getId(), actor).getStatus()).isEqualTo(target);
    }

    private static final java.util.concurrent.atomic.AtomicLong NEXT_NUMBER = new java.util.concurrent.atomic.AtomicLong(
            10_000_000L + new java.util.Random().nextInt(80_000_000));

    public static FilingNumber uniqueFilingNumber() {
        return new FilingNumber("网信算备1101088234839" + NEXT_NUMBER.getAndIncrement() + "号");
    }

    /** The profile with another legal representative (name only). */
    public static EntityProfile withLegalRepresentative(EntityProfile e, String name) {
        Person old = e.legalRepresentative();
        return new EntityProfile(e.name(), e.creditCode(), e.entityType(), e.registeredAddress(),
                e.registeredCapitalWanYuan(), e.establishedOn(), e.operatingTermEnd(), e.operatingTermUnlimited(),
                e.certificateType(), e.certificateNumber(),
                new Person(name, old.title(), old.idNumber(), old.phone(), old.email()), e.securityOfficer(),
                e.contact(), e.icp(), e.responsibilityTable());
    }
}
